import mailbox, itertools
MSG = "From: a@b\nStatus: RO\nX-Status: AF\nSubject: s\n\nbody\n"
def makers():
    for flags in ('', 'S', 'RFT', 'SRFTP', 'D'):
        for sub in ('new', 'cur'):
            m = mailbox.MaildirMessage(MSG); m.set_flags(flags); m.set_subdir(sub); m.set_date(86400 * 3)
            yield 'maildir %s %s' % (flags, sub), m
    for flags in ('', 'R', 'O', 'RODFA', 'AX'):
        m = mailbox.mboxMessage("Subject: s\n\nbody\n"); m.set_flags(flags); m.set_from('x@y Thu Jan  1 00:00:10 1970')
        yield 'mbox %s' % flags, m
    m = mailbox.mboxMessage("Subject: s\n\nbody\n"); m.set_from('nodate')
    yield 'mbox nodate', m
    for seqs in ([], ['unseen'], ['replied', 'flagged'], ['unseen', 'other']):
        m = mailbox.MHMessage(MSG); m.set_sequences(seqs)
        yield 'mh %s' % seqs, m
    yield 'plain', mailbox.Message(MSG)

def show(m):
    if isinstance(m, mailbox.MaildirMessage):
        return ('maildir', m.get_flags(), m.get_subdir(), m.get_date() if m.get_date() < 1e6 else 'now', m.get_info())
    if isinstance(m, mailbox.mboxMessage):
        f = m.get_from()
        return ('mbox', m.get_flags(), f if 'MAILER-DAEMON' not in f or '1970' in f else 'MAILER-DAEMON now', m['status'], m['x-status'])
    if isinstance(m, mailbox.MHMessage):
        return ('mh', m.get_sequences(), m['status'])
    return ('plain', m['status'])

for label, src in makers():
    for target in (mailbox.MaildirMessage, mailbox.mboxMessage, mailbox.MHMessage, mailbox.Message):
        print(label, '->', target.__name__, show(target(src)))
