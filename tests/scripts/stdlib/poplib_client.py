import poplib
import socketserver
import threading

MESSAGES = [b"From: a@b\r\nSubject: one\r\n\r\nfirst body\r\n.dotted line\r\n",
            b"From: c@d\r\nSubject: two\r\n\r\nsecond\r\nbody\r\nlines\r\n"]
log = []


class FakePOP(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line + b"\r\n")

    def multi(self, lines):
        for line in lines:
            self.reply(b"." + line if line.startswith(b".") else line)
        self.reply(b".")

    def handle(self):
        deleted = set()
        self.reply(b"+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode().strip()
            log.append(cmd)
            verb, *args = cmd.split()
            live = [i for i in range(len(MESSAGES)) if i not in deleted]
            if verb in ("USER", "NOOP", "RSET", "UTF8"):
                if verb == "RSET":
                    deleted.clear()
                self.reply(b"+OK")
            elif verb == "PASS":
                self.reply(b"+OK maildrop locked" if args == ["secret"] else b"-ERR invalid password")
            elif verb == "APOP":
                self.reply(b"+OK apop accepted" if len(args[1]) == 32 else b"-ERR")
            elif verb == "STAT":
                self.reply(b"+OK %d %d" % (len(live), sum(len(MESSAGES[i]) for i in live)))
            elif verb == "LIST":
                if args:
                    n = int(args[0])
                    self.reply(b"+OK %d %d" % (n, len(MESSAGES[n - 1])))
                else:
                    self.reply(b"+OK scan listing follows")
                    self.multi([b"%d %d" % (i + 1, len(MESSAGES[i])) for i in live])
            elif verb in ("RETR", "TOP"):
                n = int(args[0])
                if n > len(MESSAGES):
                    self.reply(b"-ERR no such message")
                    continue
                lines = MESSAGES[n - 1].split(b"\r\n")[:-1]
                if verb == "TOP":
                    blank = lines.index(b"")
                    lines = lines[:blank + 1 + int(args[1])]
                self.reply(b"+OK message follows")
                self.multi(lines)
            elif verb == "DELE":
                deleted.add(int(args[0]) - 1)
                self.reply(b"+OK message deleted")
            elif verb == "UIDL":
                if args:
                    self.reply(b"+OK %s uid-%s" % (args[0].encode(), args[0].encode()))
                else:
                    self.reply(b"+OK")
                    self.multi([b"%d uid-%d" % (i + 1, i + 1) for i in live])
            elif verb == "CAPA":
                self.reply(b"+OK capability list follows")
                self.multi([b"USER", b"UIDL", b"TOP", b"SASL PLAIN LOGIN"])
            elif verb == "QUIT":
                self.reply(b"+OK bye")
                return
            else:
                self.reply(b"-ERR unknown command")


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), FakePOP)
server.daemon_threads = True
t = threading.Thread(target=server.serve_forever)
t.start()
try:
    port = server.server_address[1]
    box = poplib.POP3("127.0.0.1", port)
    print(box.getwelcome())
    print(box.user("me"), box.pass_("secret"))
    print(box.stat())
    print(box.list())
    print(box.list(2))
    print(box.retr(1))
    print(box.top(2, 1))
    print(box.uidl(), box.uidl(1))
    print(box.capa())
    print(box.dele(1), box.stat(), box.rset(), box.stat(), box.noop())
    for bad in [lambda: box.retr(9), lambda: box._shortcmd("BOGUS")]:
        try:
            bad()
        except poplib.error_proto as e:
            print("error_proto", e)
    print(box.quit())
    other = poplib.POP3("127.0.0.1", port)
    print(other.apop("me", "tanstaaf"))
    try:
        other.pass_("wrong")
    except poplib.error_proto as e:
        print("error_proto", e)
    other.close()
finally:
    server.shutdown()
    server.server_close()
    t.join()
print(log)
print(poplib.POP3_PORT, issubclass(poplib.error_proto, Exception))
