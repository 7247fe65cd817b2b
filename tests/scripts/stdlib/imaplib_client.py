# imaplib against a small IMAP4rev1 server thread: states, untagged replies, literals, errors.
import imaplib
import socket
import threading
import time
from datetime import datetime, timezone, timedelta

MESSAGES = [b"From: a@b\r\nSubject: one\r\n\r\nfirst body\r\n", b"Subject: two\r\n\r\nsecond\r\n"]


def serve(listener, sessions):
    for _ in range(sessions):
        conn, _ = listener.accept()
        rfile = conn.makefile("rb")

        def send(text):
            conn.sendall(text.encode() if isinstance(text, str) else text)

        send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] test server ready\r\n")
        selected = False
        while True:
            line = rfile.readline()
            if not line:
                break
            tag, _, rest = line.decode().rstrip("\r\n").partition(" ")
            cmd, _, args = rest.partition(" ")
            cmd = cmd.upper()
            if cmd == "CAPABILITY":
                send("* CAPABILITY IMAP4rev1 ENABLE UTF8=ACCEPT AUTH=PLAIN\r\n%s OK done\r\n" % tag)
            elif cmd == "LOGIN":
                if args.endswith('"bad"'):
                    send("%s NO [AUTHENTICATIONFAILED] bad password\r\n" % tag)
                else:
                    send("%s OK [CAPABILITY IMAP4rev1] logged in as %s\r\n" % (tag, args.split()[0]))
            elif cmd == "AUTHENTICATE":
                send("+ Y2hhbGxlbmdl\r\n")
                answer = rfile.readline().strip()
                send("%s OK authenticated (%s)\r\n" % (tag, answer.decode()))
            elif cmd in ("SELECT", "EXAMINE"):
                if "Missing" in args:
                    send("%s NO no such mailbox\r\n" % tag)
                    continue
                selected = True
                send("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* %d EXISTS\r\n* 1 RECENT\r\n"
                     "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n" % len(MESSAGES))
                if "ReadOnly" in args or cmd == "EXAMINE":
                    send("%s OK [READ-ONLY] selected\r\n" % tag)
                else:
                    send("%s OK [READ-WRITE] selected\r\n" % tag)
            elif cmd == "LIST":
                send('* LIST (\\HasNoChildren) "/" "INBOX"\r\n* LIST (\\Noselect) "/" "Archive"\r\n%s OK list\r\n' % tag)
            elif cmd == "SEARCH" or (cmd == "UID" and args.upper().startswith("SEARCH")):
                send("* SEARCH 1 2\r\n%s OK search\r\n" % tag)
            elif cmd == "FETCH" or (cmd == "UID" and args.upper().startswith("FETCH")):
                for number, body in enumerate(MESSAGES, 1):
                    send(("* %d FETCH (UID %d FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" "
                          "RFC822 {%d}\r\n" % (number, number + 100, len(body))).encode() + body + b")\r\n")
                send("%s OK fetch\r\n" % tag)
            elif cmd == "STORE":
                send("* 1 FETCH (FLAGS (\\Deleted \\Seen))\r\n%s OK store\r\n" % tag)
            elif cmd == "APPEND":
                size = int(args[args.rindex("{") + 1:-1])
                send("+ go ahead\r\n")
                data = rfile.read(size)
                rfile.readline()
                MESSAGES.append(data)
                send("* %d EXISTS\r\n%s OK [APPENDUID 1 %d] append done (%s)\r\n" % (len(MESSAGES), tag, len(MESSAGES), args.split(" {")[0]))
            elif cmd == "EXPUNGE":
                send("* 3 EXPUNGE\r\n* 1 EXPUNGE\r\n%s OK expunged\r\n" % tag)
            elif cmd == "STATUS":
                send('* STATUS "INBOX" (MESSAGES 2 UNSEEN 1)\r\n%s OK status\r\n' % tag)
            elif cmd == "NOOP":
                send("* 4 EXISTS\r\n* 2 RECENT\r\n%s OK noop\r\n" % tag)
            elif cmd in ("CREATE", "DELETE", "RENAME", "SUBSCRIBE", "COPY", "CHECK", "UNSELECT", "CLOSE"):
                if "Forbidden" in args:
                    send("%s NO [CANNOT] not allowed\r\n" % tag)
                else:
                    send("%s OK %s completed\r\n" % (tag, cmd))
            elif cmd == "NAMESPACE":
                send('* NAMESPACE (("" "/")) NIL NIL\r\n%s OK ns\r\n' % tag)
            elif cmd == "ENABLE":
                send("* ENABLED UTF8=ACCEPT\r\n%s OK enabled\r\n" % tag)
            elif cmd == "XTEST":
                send("* XTEST reply %s\r\n%s OK xtest\r\n" % (args, tag))
            elif cmd == "KILL":
                send("* BYE going away now\r\n")
                break
            elif cmd == "LOGOUT":
                send("* BYE logging out\r\n%s OK logout\r\n" % tag)
                break
            else:
                send("%s BAD command unknown or arguments invalid\r\n" % tag)
        conn.close()


listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]
thread = threading.Thread(target=serve, args=(listener, 3))
thread.start()

M = imaplib.IMAP4("127.0.0.1", port, timeout=10)
print(M.state, M.PROTOCOL_VERSION, M.capabilities, M.welcome[:4])
try:
    M.select()
except imaplib.IMAP4.error as e:
    print("error:", e)
try:
    M.login("user", "bad")
except imaplib.IMAP4.error as e:
    print("error:", e)
print(M.login("user", 'pa"ss'), M.state)
print(M.response("CAPABILITY"))
print(M.list())
print(M.select("Missing"), M.state)
print(M.select())
print(M.response("FLAGS"), M.response("UIDVALIDITY"), M.response("READ-WRITE"), M.recent())
print(M.search(None, "ALL"))
print(M.uid("search", None, "ALL"))
typ, data = M.fetch("1:2", "(UID FLAGS INTERNALDATE RFC822)")
print(typ, len(data))
for item in data:
    print(item)
print(imaplib.ParseFlags(data[0][0]), imaplib.Internaldate2tuple(data[0][0]) is not None)
print(M.UID("FETCH", "1", "(RFC822)")[1][1])
print(M.store("1", "+FLAGS", "\\Deleted"))
print(M.append("INBOX", "\\Seen", '"01-Jan-2020 10:00:00 +0000"', b"Subject: new\nline\n"))
print(M.response("APPENDUID"), M.response("EXISTS"))
print(M.expunge())
print(M.status("INBOX", "(MESSAGES UNSEEN)"))
print(M.create("Sub"), M.rename("Sub", "Sub2"), M.delete("Forbidden"))
print(M.copy("1", "Archive"), M.check(), M.namespace())
print(M.xatom("XTEST", "abc"), M.response("XTEST"))
try:
    M.uid("BOGUS", "1")
except imaplib.IMAP4.error as e:
    print("error:", e)
try:
    M.partial("1", "RFC822", "0", "10")
except imaplib.IMAP4.error as e:
    print("error:", e)
print(M.unselect(), M.state)
try:
    M.fetch("1", "(FLAGS)")
except imaplib.IMAP4.error as e:
    print("error:", e)
try:
    M.Bogus
except AttributeError as e:
    print("AttributeError:", e)
print(M.select("ReadOnly", readonly=True), M.is_readonly)
print(M.close(), M.state)
try:
    M.select("ReadOnly")
except imaplib.IMAP4.readonly as e:
    print("readonly:", e, isinstance(e, imaplib.IMAP4.abort))
try:
    M.noop()
except imaplib.IMAP4.readonly as e:
    print("readonly:", e)
M.untagged_responses.pop("READ-ONLY")
print(M.logout(), M.state)

with imaplib.IMAP4("127.0.0.1", port) as M2:
    print(M2.authenticate("PLAIN", lambda challenge: b"\0user\0" + challenge), M2.state)
    print(M2.enable("UTF8=ACCEPT"), M2.utf8_enabled, M2._encoding)
    try:
        M2.search("UTF-8", "ALL")
    except imaplib.IMAP4.error as e:
        print("error:", e)
print(M2.state)

M3 = imaplib.IMAP4("127.0.0.1", port)
try:
    M3._simple_command("XATOM_UNKNOWN") if False else M3.xatom("KILL")
except imaplib.IMAP4.abort as e:
    print("abort:", e)
M3.shutdown()
thread.join()
listener.close()

print(imaplib.Int2AP(4096), imaplib.Int2AP(65535), imaplib.Int2AP(0))
print(imaplib.ParseFlags(b"1 (FLAGS (\\Seen \\Deleted))"), imaplib.ParseFlags(b"nothing"))
print(imaplib.Time2Internaldate(datetime(2021, 3, 4, 5, 6, 7, tzinfo=timezone(timedelta(hours=-5)))))
print(imaplib.Time2Internaldate('"already"'))
for bad in (datetime(2021, 1, 1), "unquoted", [1]):
    try:
        imaplib.Time2Internaldate(bad)
    except ValueError as e:
        print("ValueError:", e)
t = imaplib.Internaldate2tuple(b'25 (INTERNALDATE "02-Apr-2000 10:11:12 +0200")')
print(time.mktime(t) == 954663072, imaplib.Internaldate2tuple(b"nope"))
a = imaplib._Authenticator(lambda c: c.upper())
print(a.process(b"aGVsbG8="), a.encode("x" * 60), a.decode(b""))
print(imaplib.IMAP4_PORT, imaplib.IMAP4_SSL_PORT, imaplib.Commands["FETCH"], [n for n in sorted(imaplib.__all__) if n != "IMAP4_SSL"])
