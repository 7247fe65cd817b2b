# nntplib against a small NNTP server thread: groups, articles, overview, posting, errors.
import datetime
import io
import socket
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import nntplib
print([str(w.message) for w in caught])

ARTICLES = {
    1: (b"<a1@x>", [b"From: ann@example.com", b"Subject: =?utf-8?q?caf=C3=A9?= news", b"", b"Hello", b".dotted line", b"end"]),
    2: (b"<a2@x>", [b"From: bob@example.com", b"Subject: second", b"", b"Body two"]),
}
posted = []


def serve(listener, sessions):
    for number in range(sessions):
        conn, _ = listener.accept()
        f = conn.makefile("rwb")

        def send(*lines):
            for line in lines:
                f.write((line.encode() if isinstance(line, str) else line) + b"\r\n")
            f.flush()

        send("200 news.example.com ready (posting ok)" if number == 0 else "201 read only")
        current = 1
        while True:
            line = f.readline()
            if not line:
                break
            cmd, _, arg = line.decode().strip().partition(" ")
            cmd = cmd.upper()
            if cmd == "CAPABILITIES":
                if number == 2:
                    send("500 what?")
                else:
                    send("101 Capability list:", "VERSION 2", "READER", "OVER", "IMPLEMENTATION test server 1.0", ".")
            elif cmd == "MODE":
                send("480 need auth first")
            elif cmd == "AUTHINFO":
                if arg.startswith("user"):
                    send("381 password please")
                else:
                    send("281 ok" if arg.endswith("secret") else "481 bad password")
            elif cmd == "LIST":
                if arg == "OVERVIEW.FMT":
                    send("215 fmt", "Subject:", "From:", "Date:", "Message-ID:", "References:", "Bytes:", ":lines", "Xref:full", ".")
                elif arg.startswith("NEWSGROUPS"):
                    send("215 descriptions", "comp.lang.python\tThe Python language", "comp.misc  Misc stuff", ".")
                else:
                    send("215 list", "comp.lang.python 0000000002 0000000001 y", "comp.misc 10 5 n", ".")
            elif cmd == "GROUP":
                if arg == "nope":
                    send("411 no such group")
                else:
                    send("211 2 1 2 " + arg.upper())
            elif cmd in ("STAT", "NEXT", "LAST", "HEAD", "BODY", "ARTICLE"):
                if cmd == "NEXT":
                    current += 1
                elif cmd == "LAST":
                    current -= 1
                elif arg:
                    current = int(arg) if arg.isdigit() else 1
                if current not in ARTICLES:
                    send("423 no such article")
                    current = 1
                    continue
                mid, lines = ARTICLES[current]
                code = {"STAT": 223, "NEXT": 223, "LAST": 223, "HEAD": 221, "BODY": 222, "ARTICLE": 220}[cmd]
                send(b"%d %d %s" % (code, current, mid))
                if cmd in ("HEAD", "BODY", "ARTICLE"):
                    split = lines.index(b"")
                    part = {"HEAD": lines[:split], "BODY": lines[split + 1:], "ARTICLE": lines}[cmd]
                    send(*[b"." + l if l.startswith(b".") else l for l in part])
                    send(".")
            elif cmd in ("OVER", "XOVER"):
                send("224 overview",
                     "1\tcaf\u00e9 news\tann@example.com\tMon, 1 Jan 2024 00:00:00 +0000\t<a1@x>\t\t120\t5\tXref: news comp:1",
                     "2\tsecond\tbob@example.com\tTue, 2 Jan 2024 00:00:00 +0000\t<a2@x>\t<a1@x>\t80\t2\t", ".")
            elif cmd == "XHDR":
                send("221 headers", "1 caf\u00e9 news", "2 second", ".")
            elif cmd == "NEWNEWS":
                send("230 new (%s)" % arg, "<a1@x>", "<a2@x>", ".")
            elif cmd == "NEWGROUPS":
                send("231 new groups (%s)" % arg, "alt.new 3 1 y", ".")
            elif cmd == "DATE":
                send("111 20240315123456")
            elif cmd == "HELP":
                send("100 help follows", "  ARTICLE [msgid|number]", "  HELP", ".")
            elif cmd in ("POST", "IHAVE"):
                send("340 send article" if cmd == "POST" else "335 send it")
                lines = []
                while True:
                    l = f.readline()
                    if l == b".\r\n":
                        break
                    lines.append(l)
                posted.append(lines)
                send("240 article posted" if cmd == "POST" else "235 transferred")
            elif cmd == "SLAVE":
                send("202 slave status noted")
            elif cmd == "QUIT":
                send("205 bye")
                break
            else:
                send("500 unknown command")
        conn.close()


listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]
thread = threading.Thread(target=serve, args=(listener, 3))
thread.start()

s = nntplib.NNTP("127.0.0.1", port, timeout=10)
print(s.getwelcome(), s.nntp_version, s.nntp_implementation, s.getcapabilities())
print(s.list())
print(s.list("comp.*")[1][1])
print(s.description("comp.lang.python"), s.descriptions("comp.*"))
print(s.group("comp.lang.python"))
try:
    s.group("nope")
except nntplib.NNTPTemporaryError as e:
    print("NNTPTemporaryError:", e, e.response)
print(s.stat(), s.stat(2), s.last(), s.next())
try:
    s.next()
except nntplib.NNTPTemporaryError as e:
    print("NNTPTemporaryError:", e)
resp, info = s.head(1)
print(resp, info.number, info.message_id, info.lines)
print(s.body("<a1@x>"))
resp, info = s.article()
print(resp, info)
out = io.BytesIO()
print(s.article(1, file=out), out.getvalue())
print(s.over((1, 2)))
print(s.over((1, None))[1][0][1]["xref"], s.xover(1, 2)[1][1][1]["xref"])
print(s.xhdr("subject", "1-2"))
print(s.newnews("comp.lang.python", datetime.datetime(2024, 1, 2, 3, 4, 5)))
print(s.newgroups(datetime.date(2023, 12, 31)))
try:
    s.newgroups("2024-01-01")
except TypeError as e:
    print("TypeError:", e)
print(s.date())
print(s.help())
print(s.post(b"From: me\r\nSubject: hi\r\n\r\n.leading dot\nplain\r\n"))
print(s.ihave("<x@y>", [b"Subject: i\n", b"\n", b"body"]))
print(posted)
print(s.slave())
try:
    s._shortcmd("BOGUS")
except nntplib.NNTPPermanentError as e:
    print("NNTPPermanentError:", e)
print(s.quit(), hasattr(s, "file"))

with nntplib.NNTP("127.0.0.1", port, user="joe", password="secret", readermode=True) as s2:
    print(s2.getwelcome(), s2.readermode_afterauth, sorted(s2.getcapabilities()))
print(hasattr(s2, "file"))
s3 = nntplib.NNTP("127.0.0.1", port)
print(s3.getcapabilities(), s3.nntp_version)
try:
    s3.login(usenetrc=False)
except ValueError as e:
    print("ValueError:", e)
s3.quit()
thread.join()
listener.close()

print(nntplib.decode_header("=?utf-8?q?caf=C3=A9?= and plain"), nntplib.decode_header("plain"))
print(nntplib._parse_datetime("20240315123456"), nntplib._parse_datetime("990101", "000000"), nntplib._parse_datetime("050101", "010203"))
print(nntplib._unparse_datetime(datetime.datetime(2024, 3, 4, 5, 6, 7)), nntplib._unparse_datetime(datetime.date(2024, 3, 4), True))
for lines in (["Subject:"], ["From:", "Subject:", "Date:", "Message-ID:", "References:", ":bytes", ":lines"]):
    try:
        nntplib._parse_overview_fmt(lines)
    except nntplib.NNTPDataError as e:
        print("NNTPDataError:", e)
try:
    nntplib._parse_overview(["1\ta\tb\tc\td\te\t1\t2\tnoprefix"], nntplib._DEFAULT_OVERVIEW_FMT + ["xref"])
except nntplib.NNTPDataError as e:
    print("NNTPDataError:", e)
print(nntplib.NNTPError().response, nntplib.GroupInfo("g", "2", "1", "y"), nntplib.ArticleInfo(1, "<m>", []))
print(nntplib.NNTP_PORT, nntplib.NNTP_SSL_PORT, [n for n in nntplib.__all__ if n != "NNTP_SSL"])
try:
    nntplib.NNTP("127.0.0.1", port, timeout=0)
except ValueError as e:
    print("ValueError:", e)
