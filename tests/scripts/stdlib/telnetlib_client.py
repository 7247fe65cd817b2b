# telnetlib against a local server thread: option refusal, IAC doubling, read_until/expect/read_all.
import socket
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import telnetlib
print("warned:", [str(w.message) for w in caught])

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
received = []


def serve():
    conn, _ = srv.accept()
    conn.sendall(telnetlib.IAC + telnetlib.DO + telnetlib.ECHO)
    conn.sendall(telnetlib.IAC + telnetlib.WILL + telnetlib.SGA)
    conn.sendall(b"login: ")
    data = b""
    while not data.endswith(b"\n"):
        data += conn.recv(100)
    received.append(data)
    conn.sendall(b"hello \xff\xff there\r\n$ ")
    conn.sendall(telnetlib.IAC + telnetlib.SB + b"\x18\x01xyz" + telnetlib.IAC + telnetlib.SE)
    conn.sendall(b"abc123def\r\n")
    conn.sendall(b"tail data")
    conn.close()


t = threading.Thread(target=serve)
t.start()
tn = telnetlib.Telnet("127.0.0.1", port, timeout=5)
print(tn.read_until(b"login: ", 5))
tn.write(b"user\xffname\n")
print(tn.read_until(b"$ ", 5))
idx, m, text = tn.expect([rb"(\d+)", b"zzz"], 5)
print(idx, m.group(1), text)
print(tn.read_sb_data())
print(tn.read_all())
try:
    tn.read_very_lazy()
except EOFError as e:
    print("EOFError:", e)
tn.close()
t.join()
srv.close()
# The client's refusals (WONT ECHO, DONT SGA) came before the login name.
print(received)
print(telnetlib.TELNET_PORT, telnetlib.IAC, telnetlib.NAWS, telnetlib.EXOPL, telnetlib.NOOPT)

# Option callback and a read_until that times out.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
done = threading.Event()


def serve2():
    conn, _ = srv.accept()
    conn.sendall(telnetlib.IAC + telnetlib.WILL + telnetlib.ECHO + b"partial")
    done.wait()
    conn.close()


t = threading.Thread(target=serve2)
t.start()
seen = []
with telnetlib.Telnet() as tn:
    tn.set_option_negotiation_callback(lambda sock, cmd, opt: seen.append((cmd, opt)))
    tn.open("127.0.0.1", port)
    print(tn.read_until(b"never", 0.5))
    print(seen)
    print(tn.get_socket() is tn.sock, tn.fileno() == tn.sock.fileno())
    done.set()
    print(tn.read_all())
    print(tn.read_eager() if False else "eof", tn.eof)
print(tn.sock)
t.join()
srv.close()

# Debug output, the eager readers, expect timing out, EOF errors.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
go = threading.Event()
sent = threading.Event()


def serve3():
    conn, _ = srv.accept()
    conn.sendall(telnetlib.IAC + telnetlib.NOP + b"abc\x00def\x11" + telnetlib.IAC + telnetlib.GA)
    sent.set()
    go.wait()
    conn.sendall(b"more")
    conn.close()


t = threading.Thread(target=serve3)
t.start()
tn = telnetlib.Telnet("127.0.0.1", port)
tn.set_debuglevel(1)
sent.wait()
import io
import contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    first = b""
    while len(first) < 6:
        first += tn.read_some()
print(first, [line.split(":", 1)[1] for line in out.getvalue().splitlines()])
tn.set_debuglevel(0)
print(tn.read_eager(), tn.read_very_eager(), tn.read_lazy())
print(tn.expect([b"zzz"], 0.2))
go.set()
print(tn.read_all())
for reader in (tn.read_eager, tn.read_very_eager, tn.read_lazy, tn.read_very_lazy):
    try:
        reader()
    except EOFError as e:
        print(reader.__name__, "EOFError", e)
try:
    tn.expect([b"x"], 0.1)
except EOFError:
    print("expect EOFError")
try:
    tn.read_until(b"x", 0.1)
except EOFError as e:
    print("read_until EOFError", e)
print(tn.read_some())
tn.close()
t.join()
srv.close()
