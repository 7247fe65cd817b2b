# email.iterators: the tree printed by _structure, body lines, parts of a type; `from email import *`.
from email import *
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import iterators

m = MIMEMultipart(boundary="b")
m.attach(MIMEText("a\nb"))
inner = MIMEMultipart("alternative", boundary="c")
inner.attach(MIMEText("<p>", "html"))
inner.attach(MIMEText("plain alternative\n"))
m.attach(inner)
iterators._structure(m)
iterators._structure(m, level=1, include_default=True)
print(list(iterators.body_line_iterator(m)))
print(list(iterators.body_line_iterator(m, decode=True)))
print([p.get_content_type() for p in iterators.typed_subpart_iterator(m)])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(m, "text", "html")])
print([p.get_content_type() for p in iterators.typed_subpart_iterator(m, "multipart")])
print(iterators.__all__, sorted(n for n in dir() if n in ("message", "parser", "utils", "header", "charset")))
