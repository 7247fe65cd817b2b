import base64
import smtplib
import socketserver
import threading
from email.message import EmailMessage

log = []


class FakeSMTP(socketserver.StreamRequestHandler):
    """A tiny SMTP server: ESMTP with AUTH PLAIN LOGIN, refuses bad@ recipients."""

    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")

    def handle(self):
        self.reply("220 fake.example ESMTP ready")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode().rstrip("\r\n")
            log.append(cmd)
            verb = cmd.split(" ", 1)[0].upper()
            if verb in ("EHLO", "LHLO"):
                self.reply("250-fake.example greets you")
                self.reply("250-SIZE 100000")
                self.reply("250-8BITMIME")
                self.reply("250 AUTH PLAIN LOGIN")
            elif verb == "HELO":
                self.reply("250 fake.example")
            elif verb == "AUTH":
                parts = cmd.split()
                if parts[1] == "PLAIN":
                    creds = base64.b64decode(parts[2]).split(b"\0")
                    if creds[2] == b"secret":
                        self.reply("235 2.7.0 Authentication successful")
                    else:
                        self.reply("535 5.7.8 Authentication credentials invalid")
                else:
                    self.reply("504 unknown mechanism")
            elif verb == "MAIL":
                if "refuse" in cmd:
                    self.reply("550 sender refused")
                else:
                    self.reply("250 OK")
            elif verb == "RCPT":
                self.reply("550 no such user" if "bad@" in cmd else "250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                body = []
                while True:
                    data = self.rfile.readline()
                    if data == b".\r\n":
                        break
                    body.append(data)
                log.append("BODY " + repr(b"".join(body)))
                self.reply("250 queued as 12345")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "RSET":
                self.reply("250 flushed")
            elif verb == "VRFY":
                self.reply("252 cannot verify " + cmd.split(" ", 1)[1])
            elif verb == "HELP":
                self.reply("214-Commands:")
                self.reply("214 HELO EHLO MAIL RCPT DATA")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("500 unknown command")


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), FakeSMTP)
server.daemon_threads = True
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever)
t.start()
try:
    with smtplib.SMTP("127.0.0.1", port, local_hostname="client.test") as s:
        print(s.ehlo())
        print(s.does_esmtp, sorted(s.esmtp_features.items()), s.has_extn("SIZE"), s.has_extn("starttls"))
        print(s.noop(), s.verify("Someone <x@y>"), s.help())
        print(s.login("user", "secret"))
        refused = s.sendmail("me@example.com", ["you@example.com", "bad@example.com"],
                             "Subject: hi\n\n.leading dot\nline two\n")
        print(refused)
        msg = EmailMessage()
        msg["From"] = "Me <me@example.com>"
        msg["To"] = "You <you@example.com>, other@example.com"
        msg["Bcc"] = "hidden@example.com"
        msg["Subject"] = "A message"
        msg.set_content("Body text.\n")
        print(s.send_message(msg))
        for bad in [lambda: s.sendmail("refuse@example.com", "you@example.com", "x"),
                    lambda: s.sendmail("me@example.com", ["bad@example.com"], "x"),
                    lambda: s.putcmd("noop\r\nrset"), lambda: s.docmd("BOGUS")]:
            try:
                print(bad())
            except smtplib.SMTPException as e:
                print(type(e).__name__, e.args)
            except ValueError as e:
                print("ValueError", e)
    s2 = smtplib.SMTP()
    print(s2.connect("127.0.0.1", port))
    s2.helo("h.test")
    print(s2.helo_resp)
    try:
        s2.login("user", "wrong")
    except smtplib.SMTPException as e:
        print(type(e).__name__, e.args)
    print(s2.quit())
    try:
        s2.noop()
    except smtplib.SMTPServerDisconnected as e:
        print("SMTPServerDisconnected", e)
finally:
    server.shutdown()
    server.server_close()
    t.join()
for line in log:
    print(line)
print(smtplib.quoteaddr("Name <a@b.c>"), smtplib.quoteaddr("a@b.c"), smtplib.quotedata(".x\ny\r\n.z"))
print(issubclass(smtplib.SMTPException, OSError), smtplib.SMTP_PORT, smtplib.SMTPResponseException(550, b"no").args)
