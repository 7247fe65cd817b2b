# email: MIME classes written out (compat32 and the default policy), parsing headers, folds,
# multipart bodies and defects, and email.header encoded words.
import email
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
m=MIMEMultipart(boundary='XX')
m['Subject']='hi'
m.attach(MIMEText('hello'))
m.attach(MIMEText('héllo wörld'))
print(repr(m.as_string()))
m.preamble='pre'; m.epilogue='epi'
print(repr(m.as_string()))
a = MIMEApplication(b'\x00\x01abc', Name='x.bin')
print(repr(a.as_string()))
from email.message import EmailMessage
e=EmailMessage(); e['To']='a@b.c'; e['Subject']='x'*10+' yy'; e.set_content('hello\n')
print(repr(e.as_string()))
e.set_content('héllo\n')
print(repr(e.as_string()))
for t in ['héllo\n', 'hello wörld this is a long mostly ascii text\n', 'ascii\n'*3, 'x'*100+'\n', 'ééééé\n','hello']:
  e=EmailMessage(); e.set_content(t); print(repr(e.as_string()))
e=EmailMessage(); e.set_content('<b>hi</b>', subtype='html'); print(repr(str(e)))
e=EmailMessage(); e['Subject']='Grüße aus Köln'; e['From']='Jöe <j@x.com>'; print(repr(str(e)), repr(e.as_string()))
from email.parser import Parser
m=Parser().parsestr('From: a\nSubject: long\n  folded\nX: 1\n\nbody\nline2')
print(m.items(), repr(m.get_payload()))
m=Parser().parsestr('From: a\r\nX: 1\r\n\r\nbody\r\nline2\r\n')
print(m.items(), repr(m.get_payload()))
m=Parser().parsestr('Content-Type: multipart/mixed; boundary="b"\n\npre\n--b\nContent-Type: text/plain\n\npart1\n--b\n\npart2\n\n--b--\nepi\n')
print(repr(m.preamble), repr(m.epilogue), [repr(p.get_payload()) for p in m.get_payload()], m.get_payload()[1].items())
print(repr(m.as_string()))
m=Parser().parsestr('bad header line\nX: 1\n\nbody')
print(m.items(), repr(m.get_payload()), m.defects)
m=Parser().parsestr('X: 1\nno colon here\n\nbody')
print(m.items(), repr(m.get_payload()), m.defects)
from email import message_from_string
m=message_from_string('From nobody Mon\nX: 1\n\nb')
print(m.get_unixfrom(), m.items())
m=Parser().parsestr('X: 1\nY:2\n')
print(m.items(), repr(m.get_payload()))
m=Parser().parsestr('X: 1\nY:2')
print(m.items(), repr(m.get_payload()))
m=Parser().parsestr('X: 1\n\nA\n', headersonly=True)
print(m.items(), repr(m.get_payload()), m.is_multipart())
for t in ['Content-Type: multipart/mixed; boundary="b"\n\n--b\n\np1\n--b--\n', 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\np1\n--b--', 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\np1\n--b\n\np2\n', 'Content-Type: multipart/mixed\n\nxx\n', 'Content-Type: multipart/mixed; boundary=b\n\nxx\n','Content-Type: message/rfc822\n\nX: 1\n\ninner\n', ' cont\nX: 1\n\nb']:
  m=Parser().parsestr(t); print(repr(m.preamble), repr(m.epilogue), m.is_multipart(), [ (p.items(), p.get_payload()) for p in m.get_payload()] if m.is_multipart() else repr(m.get_payload()), m.defects, m.items())
from email.header import Header, decode_header, make_header
h=Header('Grüße', 'utf-8'); print(str(h), h.encode())
h=Header('hello world'); print(repr(h.encode()), repr(str(h)))
h=Header('hello', 'iso-8859-1'); h.append(' wörld', 'utf-8'); print(h.encode(), repr(str(h)))
print(decode_header('=?utf-8?q?J=C3=B6e?= <j@x.com>'))
print(decode_header('plain text'))
print(decode_header('=?iso-8859-1?q?caf=E9?= and =?utf-8?b?R3LDvMOfZQ==?='))
print(str(make_header(decode_header('=?utf-8?q?J=C3=B6e?= <j@x.com>'))))
print(repr(Header('x '*50, header_name='Subject').encode()))
print(Header('a', 'utf-8') == 'a')
