# ftplib against a small FTP server thread (passive and active transfers, replies, errors).
import ftplib
import io
import socket
import threading

files = {"readme.txt": b"line one\r\nline two\r\nlast", "data.bin": bytes(range(256)) * 40}
dirs = ["/", "/pub"]


class Session:
    def __init__(self, conn):
        self.conn = conn
        self.rfile = conn.makefile("rb")
        self.cwd = "/"
        self.data_listener = None
        self.active_addr = None
        self.rename_from = None
        self.rest = 0

    def send(self, text):
        self.conn.sendall(text.encode() + b"\r\n")

    def data_conn(self):
        if self.data_listener is not None:
            conn, _ = self.data_listener.accept()
            self.data_listener.close()
            self.data_listener = None
            return conn
        return socket.create_connection(self.active_addr)

    def run(self):
        self.send("220-Welcome to the test server")
        self.send("220 ready")
        while True:
            line = self.rfile.readline()
            if not line:
                break
            cmd, _, arg = line.decode().rstrip("\r\n").partition(" ")
            cmd = cmd.upper()
            if cmd == "QUIT":
                self.send("221 Goodbye.")
                break
            getattr(self, "do_" + cmd, self.unknown)(arg)
        self.conn.close()

    def unknown(self, arg):
        self.send("500 Unknown command.")

    def do_USER(self, arg):
        self.send("331 Password please." if arg != "anonymous" else "331 Any password.")

    def do_PASS(self, arg):
        if arg == "wrong":
            self.send("530 Login incorrect.")
        elif arg == "needacct":
            self.send("332 Need account.")
        else:
            self.send("230 Logged in as %s." % ("guest" if arg.endswith("@") else "user"))

    def do_ACCT(self, arg):
        self.send("230 Account ok.")

    def do_TYPE(self, arg):
        self.send("200 Type set to %s." % arg)

    def do_PWD(self, arg):
        self.send('257 "%s" is the current directory.' % self.cwd.replace('"', '""'))

    def do_CWD(self, arg):
        target = arg if arg.startswith("/") else (self.cwd.rstrip("/") + "/" + arg)
        if arg == ".":
            target = self.cwd
        if target in dirs:
            self.cwd = target
            self.send("250 OK.")
        else:
            self.send("550 No such directory.")

    def do_CDUP(self, arg):
        self.cwd = "/"
        self.send("200 OK.")

    def do_MKD(self, arg):
        dirs.append("/" + arg)
        self.send('257 "/%s" created.' % arg.replace('"', '""'))

    def do_RMD(self, arg):
        self.send("250 Removed.")

    def do_DELE(self, arg):
        if arg in files:
            del files[arg]
            self.send("250 Deleted.")
        else:
            self.send("550 Not found.")

    def do_RNFR(self, arg):
        self.rename_from = arg
        self.send("350 Ready for RNTO.")

    def do_RNTO(self, arg):
        files[arg] = files.pop(self.rename_from)
        self.send("250 Renamed.")

    def do_SIZE(self, arg):
        if arg in files:
            self.send("213 %d" % len(files[arg]))
        else:
            self.send("550 Not found.")

    def do_NOOP(self, arg):
        self.send("200 NOOP ok.")

    def do_SITE(self, arg):
        self.send("421 Service not available.")

    def do_STAT(self, arg):
        self.send("999 odd reply")

    def do_REST(self, arg):
        self.rest = int(arg)
        self.send("350 Restarting at %s." % arg)

    def do_PASV(self, arg):
        self.data_listener = socket.create_server(("127.0.0.1", 0))
        port = self.data_listener.getsockname()[1]
        self.send("227 Entering Passive Mode (10,0,0,1,%d,%d)." % (port >> 8, port & 255))

    def do_EPSV(self, arg):
        self.data_listener = socket.create_server(("127.0.0.1", 0))
        self.send("229 Entering Extended Passive Mode (|||%d|)" % self.data_listener.getsockname()[1])

    def do_PORT(self, arg):
        numbers = arg.split(",")
        if self.data_listener is not None:
            # A passive listener left over from a failed transfer.
            self.data_listener.close()
            self.data_listener = None
        self.active_addr = (".".join(numbers[:4]), int(numbers[4]) * 256 + int(numbers[5]))
        self.send("200 PORT ok.")

    def do_LIST(self, arg):
        self.send("150 Here comes the listing.")
        with self.data_conn() as conn:
            for name in sorted(files):
                conn.sendall(("-rw-r--r-- 1 ftp ftp %6d %s\r\n" % (len(files[name]), name)).encode())
        self.send("226 Done.")

    def do_NLST(self, arg):
        self.send("125 Starting.")
        with self.data_conn() as conn:
            conn.sendall("".join(name + "\n" for name in sorted(files)).encode())
        self.send("226 Done.")

    def do_MLSD(self, arg):
        self.send("150 MLSD.")
        with self.data_conn() as conn:
            for name in sorted(files):
                conn.sendall(("type=file;size=%d;Perm=r; %s\r\n" % (len(files[name]), name)).encode())
            conn.sendall(b"type=dir;modify=20200101000000; pub\r\n")
        self.send("226 Done.")

    def do_OPTS(self, arg):
        self.send("200 " + arg)

    def do_RETR(self, arg):
        if arg not in files:
            self.send("550 No such file.")
            return
        data = files[arg][self.rest:]
        self.rest = 0
        self.send("150 Opening BINARY mode data connection for %s (%d bytes)." % (arg, len(data)))
        with self.data_conn() as conn:
            conn.sendall(data)
        self.send("226 Transfer complete.")

    def do_STOR(self, arg):
        self.send("150 Ok to send data.")
        chunks = []
        with self.data_conn() as conn:
            while True:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                chunks.append(chunk)
        files[arg] = b"".join(chunks)
        self.send("226 Stored.")


server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]


def serve(count):
    for _ in range(count):
        conn, _ = server.accept()
        Session(conn).run()


thread = threading.Thread(target=serve, args=(3,))
thread.start()

ftp = ftplib.FTP()
print(ftp.connect("127.0.0.1", port, timeout=10))
print(ftp.getwelcome())
print(ftp.login())
print(ftp.pwd(), ftp.cwd("pub"), ftp.pwd(), ftp.cwd(".."), ftp.pwd(), ftp.cwd(""))
try:
    ftp.cwd("nowhere")
except ftplib.error_perm as e:
    print("error_perm:", e)
print(ftp.nlst())
lines = []
print(ftp.dir(lines.append))
print(lines)
print(ftp.retrlines("RETR readme.txt", lines.append), lines[-3:])
chunks = []
print(ftp.retrbinary("RETR data.bin", chunks.append, blocksize=1000))
print(sum(map(len, chunks)), b"".join(chunks) == files["data.bin"])
chunks = []
ftp.retrbinary("RETR data.bin", chunks.append, rest=10000)
print(len(b"".join(chunks)))
print(ftp.storbinary("STOR up.bin", io.BytesIO(b"\x00\x01" * 5000), blocksize=999))
print(len(files["up.bin"]), ftp.size("up.bin"))
print(ftp.storlines("STOR up.txt", io.BytesIO(b"a\nb\r\nc")), files["up.txt"])
print(list(ftp.mlsd()))
print(list(ftp.mlsd("/", facts=["type", "size"])))
print(ftp.rename("up.txt", "moved.txt"), sorted(files))
print(ftp.delete("moved.txt"))
try:
    ftp.delete("moved.txt")
except ftplib.error_perm as e:
    print("error_perm:", e)
print(ftp.mkd('new "dir"'), ftp.rmd("x"))
try:
    ftp.sendcmd("SITE x")
except ftplib.error_temp as e:
    print("error_temp:", e)
try:
    ftp.sendcmd("STAT")
except ftplib.error_proto as e:
    print("error_proto:", e)
try:
    ftp.voidcmd("REST 0")
except ftplib.error_reply as e:
    print("error_reply:", e)
try:
    ftp.retrbinary("RETR missing", print)
except ftplib.error_perm as e:
    print("error_perm:", e)
try:
    ftp.sendcmd("NOOP\r\nQUIT")
except ValueError as e:
    print("ValueError:", e)
print(ftp.size("missing") if False else ftp.sendcmd("NOOP"))
# Active mode.
ftp.set_pasv(False)
print(ftp.nlst())
# Extended passive mode (what an IPv6 connection uses).
ftp.set_pasv(True)
ftp.af = socket.AF_INET6
print(ftp.nlst())
ftp.af = socket.AF_INET
print(ftp.quit(), ftp.sock, ftp.file)

with ftplib.FTP() as ftp:
    ftp.connect("127.0.0.1", port)
    try:
        ftp.login("bob", "wrong")
    except ftplib.error_perm as e:
        print("error_perm:", e)
    print(ftp.login("bob", "needacct", "acct1"))
    ftp.set_debuglevel(2)
    ftp.sendcmd("PASS secret")
    ftp.sendcmd("NOOP")
    ftp.set_debuglevel(0)
print(ftp.sock)

class LocalFTP(ftplib.FTP):
    port = port


with LocalFTP("127.0.0.1", "anonymous", "-", timeout=5) as ftp:
    print(ftp.lastresp, ftp.welcome.splitlines())
thread.join()
server.close()

print(ftplib.parse150("150 Opening (42 bytes)"), ftplib.parse150("150 Opening"))
print(ftplib.parse227("227 Entering Passive Mode (127,0,0,1,4,1)."))
print(ftplib.parse229("229 Entering (|||5000|)", ("1.2.3.4", 21)))
print(ftplib.parse257('257 "/a ""b"" c" created'), repr(ftplib.parse257("257 no quotes")))
for func, arg in [(ftplib.parse150, "200 x"), (ftplib.parse227, "227 nothing"), (ftplib.parse229, "229 (|1|2|)"),
                  (ftplib.parse229, "229 no parens"), (ftplib.parse257, "250 x")]:
    try:
        func(arg) if func is not ftplib.parse229 else func(arg, ("h", 1))
    except ftplib.Error as e:
        print(type(e).__name__, e)
try:
    ftplib.FTP().connect("127.0.0.1", port, timeout=0)
except ValueError as e:
    print("ValueError:", e)
print(ftplib.FTP().sanitize("PASS hunter2\r\n"), ftplib.FTP().sanitize("USER x"))
print(ftplib.all_errors[:1], ftplib.FTP_PORT, ftplib.MAXLINE, [n for n in ftplib.__all__ if n != "FTP_TLS"])
