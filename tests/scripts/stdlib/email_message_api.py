# email.message.Message as a header mapping (case-insensitive, ordered, duplicates), content types
# and their parameters, payload get/set with transfer encodings, walk, and the errors.
import email
from email import policy
from email.message import Message, EmailMessage
from email.parser import Parser, HeaderParser, BytesParser

m = Message()
m["To"] = "a@example.com"
m["Received"] = "one"
m["received"] = "two"
m["Subject"] = "Hi"
print(len(m), m.keys(), m.values())
print(m["to"], m["TO"], m["missing"], m.get("missing", "dflt"), "subject" in m, "Nope" in m)
print(m.get_all("Received"), m.get_all("nope"), m.get_all("nope", []))
print(list(m), m.items())
del m["received"]
print(m.keys())
del m["not-there"]
m.replace_header("subject", "Changed")
print(m.items())
try:
    m.replace_header("X-None", "v")
except KeyError as e:
    print("KeyError", e)

m.add_header("Content-Disposition", "attachment", filename="report.pdf")
m.add_header("X-Flags", "value", quoted="a b", plain="x", empty=None, under_score="u")
print(m["Content-Disposition"], "|", m["X-Flags"])
print(m.get_filename(), m.get_content_disposition(), m.get_param("quoted", header="X-Flags"))
print(m.get_params(header="X-Flags"))
print(m.get_params(header="X-Flags", unquote=False))

print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_default_type())
m["Content-Type"] = 'Text/HTML; Charset="UTF-8"; format=flowed'
print(m.get_content_type(), m.get_content_charset(), m.get_param("format"), m.get_param("none", "fail"))
print(m.get_params())
m.set_param("charset", "us-ascii")
m.set_param("delsp", "yes")
print(m["Content-Type"])
m.del_param("format")
print(m["Content-Type"])
m.set_type("text/plain")
print(m["Content-Type"], m["MIME-Version"])
m.set_param("name", "file name.txt", header="Content-Type")
print(m["Content-Type"], m.get_filename())
del m["Content-Disposition"]
print(m.get_filename(), m.get_filename("nofile"))
bad = Message()
bad["Content-Type"] = "garbage"
print(bad.get_content_type(), bad.get_params())
bad.set_default_type("message/rfc822")
print(Message().get_content_type(), bad.get_default_type())

# Payloads.
p = Message()
print(p.get_payload(), p.is_multipart(), p.get_payload(decode=True))
p.set_payload("plain text")
print(p.get_payload(), p.get_payload(decode=True))
p["Content-Transfer-Encoding"] = "base64"
p.set_payload("aGVsbG8gYmFzZTY0\n")
print(p.get_payload(decode=True))
del p["Content-Transfer-Encoding"]
p["Content-Transfer-Encoding"] = "quoted-printable"
p.set_payload("caf=C3=A9 =3D soft=\nbreak\n")
print(p.get_payload(decode=True))
try:
    p.get_payload(0)
except TypeError as e:
    print("TypeError", e)
q = Message()
q.set_payload("héllo", "utf-8")
print(q.items(), repr(q.get_payload()), q.get_payload(decode=True), q.get_charset(), q.get_content_charset())
q = Message()
q.set_payload("café", "iso-8859-1")
print(q.items(), repr(q.get_payload()), q.get_payload(decode=True))
q = Message()
q.set_payload("plain", "us-ascii")
print(q.items(), q.as_string())

# Multipart trees.
outer = Message()
outer["Content-Type"] = 'multipart/mixed; boundary="BOUND"'
for text in ("first", "second"):
    part = Message()
    part["Content-Type"] = "text/plain"
    part.set_payload(text)
    outer.attach(part)
inner = Message()
inner["Content-Type"] = 'multipart/alternative; boundary="IN"'
leaf = Message()
leaf["Content-Type"] = "text/html"
leaf.set_payload("<p>x</p>")
inner.attach(leaf)
outer.attach(inner)
print([part.get_content_type() for part in outer.walk()])
print(outer.is_multipart(), len(outer.get_payload()), outer.get_payload(1).get_payload(), outer.get_boundary())
print(outer.get_payload(decode=True))
print(outer.as_string())
outer.set_boundary("NEW")
print(outer["Content-Type"], outer.get_boundary())
print(outer.get_charsets())
try:
    leaf.attach(Message())
except Exception as e:
    print(type(e).__name__)

# Round trip through the parser.
text = outer.as_string()
again = email.message_from_string(text)
print(again.as_string() == text, [p.get_content_type() for p in again.walk()])
print(email.message_from_bytes(text.encode()).get_payload(2).get_payload(0).get_payload())
h = HeaderParser().parsestr(text)
print(h.is_multipart(), h.get_payload()[:20].replace("\n", "|"))

# Policies.
e = EmailMessage()
e["Subject"] = "first"
try:
    e["Subject"] = "second"
except ValueError as err:
    print("ValueError", err)
try:
    e["X-Bad"] = "two\nlines"
except ValueError as err:
    print("ValueError", err)
e["X-Many"] = "1"
e["X-Many"] = "2"
print(e.get_all("X-Many"), e.policy is policy.default, Message().policy is policy.compat32)
folded = Parser(policy=policy.default).parsestr("Subject: long\n  folded value\n\nbody\n")
print(repr(folded["Subject"]), type(folded).__name__)
folded = Parser().parsestr("Subject: long\n  folded value\n\nbody\n")
print(repr(folded["Subject"]), type(folded).__name__)
print(repr(policy.default), repr(policy.SMTP), repr(policy.HTTP), repr(policy.compat32), repr(policy.strict))
print(policy.SMTP.linesep == "\r\n", policy.default.max_line_length, policy.HTTP.max_line_length)
try:
    policy.default.linesep = "x"
except AttributeError as err:
    print("AttributeError", err)
try:
    policy.default.clone(bogus=1)
except TypeError as err:
    print("TypeError", err)
msg = email.message_from_string("A: 1\nB: 2\n\nline1\nline2\n")
print(repr(msg.as_string(policy=policy.SMTP)))
print(repr(msg.as_bytes()))
print(repr(bytes(msg)))
print(repr(str(msg)))

# Content API of EmailMessage.
e = EmailMessage()
e["From"] = "Sender <s@example.com>"
e.set_content("Body text\n")
print(e.get_content(), e.get_content_type(), e.is_attachment())
e.add_attachment(b"\x00\x01\x02", maintype="application", subtype="octet-stream", filename="data.bin")
e.add_attachment("notes", filename="n.txt")
print(e.get_content_type(), [p.get_content_type() for p in e.iter_parts()])
print([p.get_filename() for p in e.iter_attachments()], e.get_body().get_content())
att = list(e.iter_attachments())[0]
print(att.get_content(), att.is_attachment(), att["Content-Transfer-Encoding"])
print(len(e.as_string()) > 0, e.get_boundary() is not None)
