# email from and to bytes: 8-bit bodies survive a parse and as_bytes, get_payload decodes them
# with their charset, BytesGenerator, generators with linesep and maxheaderlen, header folding.
import io
from email import message_from_bytes, policy
from email.generator import BytesGenerator, Generator
from email.header import Header
from email.message import Message
from email.parser import BytesParser, BytesHeaderParser

raw = ("From: Jörg <j@example.com>\r\nSubject: Grüße\r\nContent-Type: text/plain; charset=utf-8\r\n"
       "Content-Transfer-Encoding: 8bit\r\n\r\nHällo Wörld\r\nzweite Zeile\r\n").encode("utf-8")
m = message_from_bytes(raw)
print(m.get_content_type(), m.get_content_charset(), m["Content-Transfer-Encoding"])
print(m.get_payload(decode=True))
print(repr(m.get_payload()))
print(m.as_bytes() == raw.replace(b"\r\n", b"\n"), len(m.as_bytes()))
out = io.BytesIO()
BytesGenerator(out).flatten(m, linesep="\r\n")
print(out.getvalue() == raw)

latin = b"Content-Type: text/plain; charset=iso-8859-1\n\ncaf\xe9\n"
m = BytesParser().parsebytes(latin)
print(m.get_payload(decode=True), repr(m.get_payload()))
h = BytesHeaderParser().parsebytes(b"A: 1\nB: 2\n\nbody\n")
print(h.items(), repr(h.get_payload()))

m = Message()
m["Subject"] = "A subject that is long enough to need folding when the generator is asked for a short line length"
m["X-Short"] = "short"
m.set_payload("line one\nline two\n")
for maxlen in (0, 40, 78):
    out = io.StringIO()
    Generator(out, maxheaderlen=maxlen).flatten(m)
    print(maxlen, repr(out.getvalue()))
out = io.StringIO()
Generator(out).flatten(m, linesep="\r\n")
print(repr(out.getvalue()))
print(repr(m.as_string(maxheaderlen=30)))
m.set_unixfrom("From someone@example.com Thu Jan  1 00:00:00 1970")
print(repr(m.as_string(unixfrom=True)))
m2 = Message()
m2.set_payload("From the start\nand From here\n>From quoted\n")
out = io.StringIO()
Generator(out, mangle_from_=True).flatten(m2)
print(repr(out.getvalue()))

print(str(Header("plain words here")), Header("x" * 10, header_name="Subject").encode())
h = Header("Grüße aus Köln", "utf-8")
print(h.encode(), str(h))
h = Header("mixed ")
h.append("Käse", "iso-8859-1")
h.append(" and more")
print(h.encode(), "|", str(h))
print(repr(Header("word " * 30).encode(maxlinelen=40)))
e = message_from_bytes(b"Subject: =?utf-8?q?caf=C3=A9?=\n\nbody\n", policy=policy.default)
print(type(e).__name__, e["Subject"], e.get_content())
