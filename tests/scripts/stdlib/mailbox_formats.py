import mailbox, os, tempfile, email.message

work = tempfile.mkdtemp()
MSG1 = "From: alice@example.com\nTo: bob@example.com\nSubject: first\n\nHello Bob.\nFrom here on, more.\n"
MSG2 = b"From: carol@example.com\nSubject: second\n\nBody two.\n"

# mbox
path = os.path.join(work, 'box.mbox')
box = mailbox.mbox(path)
k1 = box.add(MSG1)
k2 = box.add(MSG2)
m = email.message.Message()
m['Subject'] = 'third'
m.set_payload('payload three\n')
m.set_unixfrom('From dave@example.com Mon Jan  1 00:00:00 2024')
k3 = box.add(m)
mm = mailbox.mboxMessage("Subject: fourth\n\nfour\n")
mm.set_from('erin@example.com', (2024, 2, 3, 4, 5, 6, 5, 34, 0))
mm.set_flags('RF')
k4 = box.add(mm)
box.flush()
print(k1, k2, k3, k4, len(box), sorted(box.keys()))
with open(path, 'rb') as f:
    data = f.read()
print(data.decode().replace(data.decode().split('\n')[0], 'FROM-LINE-1', 1).replace(data.decode().split('\n')[8], 'FROM-LINE-2', 1))
msg = box[k1]
print(type(msg).__name__, msg['subject'], msg.get_from().split()[0], msg.get_payload())
print(box.get_string(k2))
print(box.get_bytes(k3, from_=True))
print(box[k4].get_flags(), box[k4].get_from())
with box.get_file(k2) as f:
    print(f.read())
box.remove(k2)
del box[k1]
box.flush()
print(len(box), box.keys(), [m['subject'] for m in box])
box[k3] = "Subject: replaced\n\nnew body\n"
box.flush()
print([m['subject'] for m in box.values()])
print(box.get(99), k3 in box, 99 in box)
try:
    box[99]
except KeyError as e:
    print('KeyError', e)
box.lock(); print(os.path.exists(path + '.lock')); box.unlock(); print(os.path.exists(path + '.lock'))
box.close()
box2 = mailbox.mbox(path)
print(len(box2), [m['subject'] for m in box2])
print(box2.popitem()[1]['subject'], len(box2))
box2.close()
try:
    mailbox.mbox(os.path.join(work, 'missing'), create=False)
except mailbox.NoSuchMailboxError:
    print('NoSuchMailboxError')

# Maildir
md = mailbox.Maildir(os.path.join(work, 'md'))
print(sorted(os.listdir(md._path)))
a = md.add(MSG1)
mdm = mailbox.MaildirMessage(MSG2)
mdm.set_subdir('cur'); mdm.add_flag('S'); mdm.add_flag('F'); mdm.set_date(1000000000)
b = md.add(mdm)
print(len(md), a in md, b in md)
got = md[b]
print(type(got).__name__, got.get_subdir(), got.get_flags(), got.get_info(), got.get_date(), got['subject'])
print(md[a].get_subdir(), repr(md[a].get_flags()))
print(md.get_bytes(a) == MSG1.encode(), md.get_string(b))
md[a] = "Subject: changed\n\nx\n"
print(md[a]['subject'], len(md))
md.discard('nope')
md.remove(a)
print(len(md))
f = md.add_folder('sub')
print(md.list_folders(), type(md.get_folder('sub')).__name__)
f.add(MSG1)
try:
    md.remove_folder('sub')
except mailbox.NotEmptyError as e:
    print('NotEmptyError')
f.clear(); md.remove_folder('sub'); print(md.list_folders())
md.clear(); print(len(md))

# MH
mh = mailbox.MH(os.path.join(work, 'mh'))
print(sorted(os.listdir(os.path.join(work, 'mh'))))
n1 = mh.add(MSG1)
hm = mailbox.MHMessage(MSG2); hm.add_sequence('unseen'); hm.add_sequence('flagged')
n2 = mh.add(hm)
n3 = mh.add(MSG1)
hm3 = mailbox.MHMessage(MSG2); hm3.add_sequence('unseen')
n4 = mh.add(hm3)
print(n1, n2, n3, n4, mh.keys(), mh.get_sequences())
with open(os.path.join(work, 'mh', '.mh_sequences')) as fh:
    print(fh.read())
print(mh[n2].get_sequences(), mh[n1].get_sequences())
mh.set_sequences({'unseen': [1, 2, 3, 4], 'x': [1, 3, 4]})
with open(os.path.join(work, 'mh', '.mh_sequences')) as fh:
    print(fh.read())
mh.remove(n1); mh.remove(n3)
mh.pack()
print(mh.keys(), mh.get_sequences())
print(mh.add_folder('inner').keys(), mh.list_folders())
mh.remove_folder('inner')
try:
    mh.remove(42)
except KeyError as e:
    print('KeyError', e)

# conversions
src = mailbox.MaildirMessage(MSG1)
src.set_flags('SRF'); src.set_subdir('cur'); src.set_date(0)
as_mbox = mailbox.mboxMessage(src)
print(as_mbox.get_flags(), as_mbox.get_from(), as_mbox['status'], as_mbox['x-status'])
as_mh = mailbox.MHMessage(src)
print(as_mh.get_sequences())
back = mailbox.MaildirMessage(as_mbox)
print(back.get_flags(), back.get_subdir(), back.get_date(), back['status'])
mh_src = mailbox.MHMessage(MSG1); mh_src.add_sequence('replied')
print(mailbox.MaildirMessage(mh_src).get_flags(), mailbox.mboxMessage(mh_src).get_flags())
plain = mailbox.Message(MSG1)
print(type(plain).__name__, plain['from'])
try:
    mailbox.Message(42)
except TypeError as e:
    print('TypeError', e)
try:
    mailbox.MaildirMessage().set_subdir('tmp')
except ValueError as e:
    print('ValueError', e)
try:
    box = mailbox.mbox(os.path.join(work, 'x.mbox')); box.add('caf\u00e9')
except ValueError as e:
    print('ValueError', e)
print(issubclass(mailbox.NoSuchMailboxError, mailbox.Error), issubclass(mailbox.Error, Exception))
import shutil; shutil.rmtree(work)
