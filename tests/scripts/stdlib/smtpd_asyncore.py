# smtpd on asyncore/asynchat: a local SMTPServer thread, driven by smtplib and by raw commands.
import socket
import smtplib
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import smtpd
    import asyncore
    import asynchat
print(sorted(str(w.message)[:40] for w in caught))
print(smtpd.__all__, smtpd.__version__, smtpd.DATA_SIZE_DEFAULT)

messages = []


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        messages.append((mailfrom, rcpttos, data, sorted(kwargs.items())))
        if b"reject me" in data:
            return "550 Rejected"


socket_map = {}
server = Sink(("127.0.0.1", 0), None, map=socket_map, data_size_limit=1000)
port = server.socket.getsockname()[1]
print(repr(server).split(" at ")[0].replace(str(port), "PORT"))
stop = threading.Event()


def run_loop():
    # The loop thread owns the sockets: it closes them itself once told to stop.
    while not stop.is_set():
        asyncore.loop(timeout=0.05, map=socket_map, count=1)
    asyncore.close_all(socket_map)


thread = threading.Thread(target=run_loop)
thread.start()

with smtplib.SMTP("127.0.0.1", port) as client:
    code, _ = client.ehlo("me")
    print("ehlo", code, client.esmtp_features.get("size"), "8bitmime" in client.esmtp_features)
    print(client.sendmail("a@example.com", ["b@example.com", "c@example.com"],
                          "Subject: hi\r\n\r\nline one\r\n.dotted\r\nend\r\n"))
    try:
        client.sendmail("a@example.com", ["b@example.com"], "Subject: x\r\n\r\nreject me\r\n")
    except smtplib.SMTPDataError as e:
        print("SMTPDataError", e.smtp_code, e.smtp_error)
    print(client.noop())
    print(client.help())
    print(client.help("MAIL"))
    print(client.verify("someone@example.com"))
    print(client.docmd("EXPN", "list"))
for m in messages:
    print(m)

# Raw dialogue for the error replies.
sock = socket.create_connection(("127.0.0.1", port))
f = sock.makefile("rb")


def reply():
    lines = []
    while True:
        line = f.readline().decode().rstrip("\r\n")
        lines.append(line)
        if line[3:4] != "-":
            return lines


greeting = reply()[0]
print(greeting[:4], greeting.endswith(smtpd.__version__))
for command in ["MAIL FROM:<x@y>", "HELO", "HELO there", "HELO again", "RCPT TO:<z@y>", "MAIL FROM:",
                "MAIL FROM:<x@y> SIZE=10", "MAIL FROM:<x@y>", "MAIL FROM:<q@y>", "RCPT TO:", "RCPT TO:<a@b>",
                "DATA extra", "RSET now", "RSET", "DATA", "NOOP x", "BOGUS", "", "VRFY", "VRFY <>",
                "HELP nope", "HELP RCPT", "QUIT"]:
    sock.sendall(command.encode() + b"\r\n")
    print(repr(command), [line.replace(socket.getfqdn(), "FQDN") for line in reply()])
sock.close()

sock = socket.create_connection(("127.0.0.1", port))
f = sock.makefile("rb")
reply()
for command in ["EHLO x", "MAIL FROM:<a@b> SIZE=5000", "MAIL FROM:<a@b> BODY=9BIT", "MAIL FROM:<a@b> FOO=1",
                "MAIL FROM:<a@b> SIZE=abc", "MAIL FROM:<a@b> =x", "MAIL FROM:<> BODY=8BITMIME SIZE=10",
                "RCPT TO:<a@b> NOTIFY=NEVER", "RCPT TO:bare@host", "HELP MAIL", "DATA"]:
    sock.sendall(command.encode() + b"\r\n")
    print(repr(command), [line if not line.startswith("250-") or "SIZE" in line or "BIT" in line else "250-HOST"
                          for line in reply()])
sock.sendall(b"x" * 1200 + b"\r\n.\r\n")
print(reply())
# After an oversized message the channel still reads data: the dot ends it.
sock.sendall(b"more\r\n.\r\n")
print(reply())
sock.sendall(b"QUIT\r\n")
print(reply())
sock.close()

stop.set()
thread.join()
print(messages[-1][:2] if len(messages) > 2 else None, len(socket_map))

# DebuggingServer prints what it is given.
dbg = smtpd.DebuggingServer(("127.0.0.1", 0), None, map={})
dbg.process_message(("1.2.3.4", 5), "a@b", ["c@d"], b"Subject: s\n\nbody\nmore", mail_options=["BODY=8BITMIME"],
                    rcpt_options=[])
dbg.process_message(("1.2.3.4", 5), "a@b", ["c@d"], "Subject: s\n\nbody")
dbg.close()
try:
    smtpd.SMTPServer(("127.0.0.1", 0), None, map={}, enable_SMTPUTF8=True, decode_data=True)
except ValueError as e:
    print("ValueError:", e)
try:
    smtpd.PureProxy(("127.0.0.1", 0), None, map={}, enable_SMTPUTF8=True)
except ValueError as e:
    print("ValueError:", e)
try:
    smtpd.SMTPServer(("127.0.0.1", 0), None, map={}).process_message(None, None, None, None)
except NotImplementedError:
    print("NotImplementedError")

# The old private attribute names still work, with a DeprecationWarning.
a, b = socket.socketpair()
channel = smtpd.SMTPChannel(Sink(("127.0.0.1", 0), None, map={}), a, ("x", 1), map={})
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(channel._SMTPChannel__state, channel._SMTPChannel__rcpttos)
    channel._SMTPChannel__mailfrom = "m@x"
    print(channel.mailfrom)
print([str(w.message) for w in caught], [w.filename.rsplit("/", 1)[-1] for w in caught])
print(sorted(n for n in dir(smtpd.SMTPChannel) if n.startswith("_SMTPChannel")))
a.close()
b.close()
