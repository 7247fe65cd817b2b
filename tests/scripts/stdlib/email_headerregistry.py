# email.headerregistry: header objects of the default policy (addresses, groups, dates, MIME headers).
from email.message import EmailMessage
from email.headerregistry import Address, Group, HeaderRegistry
import email.policy
from email import message_from_string
msg = EmailMessage()
msg['To'] = 'Fred <fred@example.com>, "Doe, John" <jd@x.org>, plain@host.net'
msg['From'] = Address("Pepé Le Pew", "pepe", "example.com")
msg['Cc'] = 'Friends: a@b.com, "Q. Bee" <q@b.com>;, undisclosed-recipients:;'
msg['Subject'] = 'Hello there'
msg['Date'] = 'Mon, 1 Jan 2024 10:00:00 +0000'
msg['Message-ID'] = '<abc@x>'
msg['MIME-Version'] = '1.0'
msg['Content-Type'] = 'text/plain; charset="utf-8"; format=flowed'
msg['Reply-To'] = Group('list', [Address('A', 'a', 'b.c')])
h = msg['To']
print(type(h).__name__, repr(str(h)), h.name)
print(h.addresses)
print(h.groups)
print([str(a) for a in h.addresses], [a.addr_spec for a in h.addresses], [a.display_name for a in h.addresses])
print(repr(str(msg['From'])), msg['From'].addresses[0].username)
print(repr(str(msg['Cc'])), msg['Cc'].groups)
print(msg['Date'].datetime, repr(str(msg['Date'])))
print(type(msg['Subject']).__name__, msg['Subject'].max_count, msg['To'].max_count)
print(msg['MIME-Version'].version, msg['MIME-Version'].major, msg['MIME-Version'].minor)
ct = msg['Content-Type']
print(type(ct).__name__, ct.content_type, ct.maintype, ct.subtype, dict(ct.params), repr(str(ct)))
print(repr(str(msg['Reply-To'])))
print(msg.as_string())
print(Address(addr_spec='x.y@z.com'), repr(Address('N', addr_spec='"a b"@c')), str(Address('N', addr_spec='"a b"@c')))
print(str(Address()), str(Address(username='loc')), Address('a','b','c') == Address('a','b','c'))
try: Address(addr_spec='a@b c')
except Exception as e: print(type(e).__name__, e)
try: Address('x', 'y', addr_spec='a@b')
except Exception as e: print(type(e).__name__, e)
try: Address('x\n')
except Exception as e: print(type(e).__name__, e)
g = Group('G', [Address('A', 'a', 'b')])
print(str(g), repr(g), str(Group()), str(Group('E')), str(Group(None, [Address('','a','b')])))
m = message_from_string("To: x@y.com\nFrom: A B <ab@c.d>\nSubject: =?utf-8?q?caf=C3=A9?=\nContent-Transfer-Encoding: BASE64\nContent-Disposition: attachment; filename=\"a.txt\"\n\nbody\n", policy=email.policy.default)
print(repr(m['subject']), m['from'].addresses, m['content-transfer-encoding'].cte, m['content-disposition'].content_disposition, m['content-disposition'].params)
reg = HeaderRegistry()
h = reg('X-Custom', 'value')
print(type(h).__name__, type(h).__mro__[1].__name__, h, h.defects)
print(reg['to'].__name__, reg['x-foo'].__name__)
s = reg('Sender', 'a@b.c')
print(s.address, type(s).__name__)
try:
    reg('Sender', 'a@b.c, d@e.f').address
except Exception as e: print(type(e).__name__, e)
print(msg['To'].fold(policy=email.policy.default))
d = reg('Date', '')
print(repr(str(d)), d.datetime, d.defects)
d = reg('Date', 'garbage')
print(repr(str(d)), d.datetime, [type(x).__name__ for x in d.defects])
import datetime
msg2 = EmailMessage()
msg2['Date'] = datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)
print(msg2['Date'])
reg = HeaderRegistry()
for v in ['text/plain;charset=utf-8', 'text/plain ; charset = "utf-8"', 'multipart/mixed; boundary="===abc=="', 'TEXT/HTML', 'text', '', 'text/plain; name*=utf-8\'\'caf%C3%A9', 'text/plain (comment); a=b (c)']:
    h = reg('Content-Type', v)
    print(repr(v), repr(str(h)), h.content_type, dict(h.params), [type(d).__name__ for d in h.defects])
for v in ['attachment; filename=a.txt', 'INLINE', '', 'form-data; name="f"; filename="x y.txt"']:
    h = reg('Content-Disposition', v)
    print(repr(v), repr(str(h)), h.content_disposition, dict(h.params))
for v in ['base64', ' 8BIT ', '', 'x-weird']:
    h = reg('Content-Transfer-Encoding', v)
    print(repr(v), repr(str(h)), h.cte)
for v in ['1.0', '1.0 (produced by x)', 'abc', '']:
    h = reg('MIME-Version', v)
    print(repr(v), repr(str(h)), h.version, h.major, h.minor)
for v in ['<abc@x>', ' <a.b@c.d> ', 'bad']:
    h = reg('Message-ID', v)
    print(repr(v), repr(str(h)), [type(d).__name__ for d in h.defects])
for v in ['Joe Q. Public <j@x>', '(comment) a@b (c)', '=?utf-8?q?Andr=C3=A9?= <a@b>', 'a@b,,c@d', '"quoted\\"x" <q@x>', 'Bob <bob@[1.2.3.4]>', 'just text', '<a@b>', 'a@b (Real Name)']:
    h = reg('To', v)
    print(repr(v), repr(str(h)), h.addresses)
for v in ['  hello   world ', '=?utf-8?b?w6k=?= and =?iso-8859-1?q?caf=E9?=', 'a =?utf-8?q?x?= =?utf-8?q?y?= b']:
    h = reg('Subject', v)
    print(repr(v), repr(str(h)))
m = EmailMessage()
m['To'] = 'a@b.c'
try:
    m['To'] = 'd@e.f'
except ValueError as e:
    print("ValueError:", e)
print(email.policy.default.header_max_count('To'), email.policy.default.header_max_count('X-Any'),
      email.policy.compat32.header_max_count('To'))
m['X-Multi'] = 'one'
m['X-Multi'] = 'two'
print(m.get_all('X-Multi'), [type(v).__name__ for v in m.get_all('X-Multi')])
m.replace_header('To', [Address('Z', 'z', 'example.org'), Group('team', [Address(addr_spec='t@x.y')])])
print(m['To'], m['to'].addresses)
parsed = message_from_string(m.as_string(), policy=email.policy.default)
print(parsed['To'].groups, parsed['X-Multi'])
print(type(message_from_string("To: a@b\n\nx").get('To')).__name__)
reg2 = HeaderRegistry(use_default_map=False)
print(type(reg2('To', 'a@b')).__name__)
reg2.map_to_type('X-Addr', email.headerregistry.AddressHeader)
print(reg2('x-addr', 'q <q@r.s>').addresses)

# Address lists of every shape (RFC 5322 examples among them).
reg = HeaderRegistry()
cases = ['a@b', 'A <a@b>', '"A, B" <a@b>', 'A B C <a.b@c.d>', '<a@b>', 'a@b, c@d', 'a@b,c@d,,', 'G: a@b;', 'G: ;', 'G:;, x@y',
 '"x@y" <x@y>', '=?utf-8?q?J=C3=B6rg?= <j@x>', 'Jörg <j@x>', 'a', 'a b', '"a b"@c', 'a.b.c@d.e.f', '(c) a@b', 'A (comment) <a@b>',
 'A <a@b> (comment)', 'a@[1.2.3.4]', '', ' ', 'A <@route,@r2:a@b>', 'Name With "quote" <a@b>', 'A.B <a@b>', 'a@b <c@d>',
 'Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>', '"Joe & J. Harvey" <ddd @Org>, JJV @ BBN',
 'Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>', 'A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;']
for v in cases:
    h = reg('To', v)
    print(repr(v), '->', repr(str(h)), [(a.display_name, a.username, a.domain) for a in h.addresses], [g.display_name for g in h.groups])

# Folding long address headers: breaks between addresses.
m = EmailMessage()
m['To'] = ', '.join('Person Number%d <person%d@example.com>' % (i, i) for i in range(5))
m['Subject'] = 'A fairly long subject line that will need to be folded because it is longer than seventy-eight characters'
m['From'] = Address('Zoë Ünïcode', 'z', 'example.com')
m['Cc'] = [Address('A', 'a', 'b.c'), Address(addr_spec='d@e.f')]
m.set_content('hi\n')
print(m.as_string())
print(bytes(m)[:200])
m = EmailMessage()
m['To'] = ', '.join('u%d@ex.com' % i for i in range(20))
m['Cc'] = 'A Very Long Display Name That Goes On And On Forever And Ever <someone.with.a.long.name@example.com>'
m['Bcc'] = Group('team', [Address('Member %d' % i, 'm%d' % i, 'example.org') for i in range(4)])
m['Reply-To'] = '"Doe, John Jacob Jingleheimer Schmidt" <jjjs@example.com>, "Roe, Richard" <rr@example.com>'
print(m.as_string())
