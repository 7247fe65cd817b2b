# email on many generated cases (a small LCG, not random, so both interpreters see the same):
# dates formatted and parsed back, addresses quoted and parsed back, messages of many shapes
# written out and parsed again, header parameters set and read.
import email
import email.utils as utils
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

state = 12345


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


for _ in range(60):
    stamp = next_int(4_000_000_000)
    text = utils.formatdate(stamp, usegmt=next_int(2) == 1)
    parsed = utils.parsedate_tz(text)
    print(text, parsed, utils.mktime_tz(parsed) == stamp)

names = ["Ann", "Bob Smith", "O'Neil", "Doe, Jane", "Dr. Who", "x@y", "Ünïcode", "a\"quote", "", "(paren)"]
domains = ["example.com", "mail.test", "sub.domain.org"]
for _ in range(40):
    name = names[next_int(len(names))]
    addr = "user%d@%s" % (next_int(100), domains[next_int(len(domains))])
    text = utils.formataddr((name, addr))
    print(repr(text), utils.parseaddr(text))

pieces = ["first", "second part", "ünïcode text", "line one\nline two\n", "From the start\n", ""]
for case in range(25):
    kind = next_int(3)
    if kind == 0:
        m = MIMEText(pieces[next_int(len(pieces))], ["plain", "html"][next_int(2)])
    elif kind == 1:
        m = MIMEMultipart(boundary="B%d" % case)
        for _ in range(1 + next_int(3)):
            m.attach(MIMEText(pieces[next_int(len(pieces))]))
    else:
        m = Message()
        m["Content-Type"] = "text/plain; charset=us-ascii; format=flowed"
        m.set_payload(pieces[next_int(len(pieces))])
    m["Subject"] = "case %d" % case
    m["X-Number"] = str(next_int(1000))
    text = m.as_string()
    again = email.message_from_string(text)
    print(case, again.get_content_type(), again.is_multipart(), again["X-Number"],
          [p.get_content_type() for p in again.walk()], again.as_string() == text)
    for part in again.walk():
        if not part.is_multipart():
            print("   ", part.get_content_charset(), part["Content-Transfer-Encoding"], part.get_payload(decode=True))

values = ["simple", "with space", "semi;colon", "quote\"d", "", "ünï", "a=b"]
for _ in range(30):
    m = Message()
    m["Content-Type"] = "application/x-test"
    key = "p%d" % next_int(4)
    value = values[next_int(len(values))]
    m.set_param(key, value)
    if next_int(2):
        m.set_param("other", values[next_int(len(values))], requote=False)
    print(repr(m["Content-Type"]), m.get_param(key), m.get_params())
