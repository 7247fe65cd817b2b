# mailbox.MMDF and MMDFMessage: adding, reading, flags, removing and flushing, the file layout,
# and conversions to and from mbox messages.
import email.message, mailbox, os, shutil, tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'box.mmdf')
box = mailbox.MMDF(path)
m = email.message.EmailMessage()
m['From'] = 'a@example.com'
m['Subject'] = 'first'
m.set_content('Hello\nFrom the body\n')
k1 = box.add(m)
k2 = box.add('From: b@example.com\nSubject: second\n\nbody two\n')
msg3 = mailbox.MMDFMessage('Subject: third\n\nthree\n')
msg3.set_from('sender@example.com', (2001, 2, 3, 4, 5, 6, 5, 34, 0))
msg3.set_flags('RF')
k3 = box.add(msg3)
box.flush()
print(len(box), sorted(box.keys()))
for key in sorted(box.keys()):
    got = box[key]
    print(key, type(got).__name__, got['subject'], repr(got.get_payload()), got.get_flags())
print(box.get_from(k3) if hasattr(box, 'get_from') else box[k3].get_from())
print(box.get_bytes(k2))
print(repr(box.get_string(k2, from_=True).split('\n')[0][:5]))
box.remove(k1)
box[k2] = 'Subject: replaced\n\nnew body\n'
box.flush()
print(sorted(box.keys()), [box[k]['subject'] for k in sorted(box.keys())])
box.close()
with open(path, 'rb') as f:
    raw = f.read()
print(raw.count(b'\x01\x01\x01\x01'), raw.count(b'From '), raw.startswith(b'\x01\x01\x01\x01\n'))
again = mailbox.MMDF(path, create=False)
print(len(again), [again[k]['subject'] for k in sorted(again.keys())])
again.close()
mb = mailbox.mboxMessage(msg3)
print(type(mb).__name__, mb.get_from(), mb.get_flags())
back = mailbox.MMDFMessage(mailbox.mboxMessage('Status: RO\n\nx\n'))
print(back.get_flags())
md = mailbox.MaildirMessage(msg3)
print(md.get_flags(), md.get_subdir())
mh = mailbox.MHMessage(msg3)
print(mh.get_sequences())
print('MMDF' in mailbox.__all__, 'MMDFMessage' in mailbox.__all__)
try:
    mailbox.MMDF(os.path.join(base, 'none.mmdf'), create=False)
except mailbox.NoSuchMailboxError as e:
    print('NoSuchMailboxError', os.path.basename(str(e)))
shutil.rmtree(base)
print(mailbox.Mailbox[int], mailbox.MMDF[str], mailbox.Babyl[bytes])
