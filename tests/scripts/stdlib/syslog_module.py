# syslog against python3: constants, masks, argument errors, and messages echoed to stderr (LOG_PERROR).
import syslog, sys
print(sorted(n for n in dir(syslog) if not n.startswith('__')))
print([getattr(syslog, n) for n in sorted(dir(syslog)) if n.startswith('LOG_') and isinstance(getattr(syslog, n), int)])
print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.LOG_UPTO(syslog.LOG_DEBUG), syslog.LOG_MASK(0))
print(syslog.setlogmask(0), syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR)), syslog.setlogmask(0), syslog.setlogmask(syslog.LOG_UPTO(7)))
for f, a, k in [(syslog.openlog, (5,), {}), (syslog.openlog, ('x', 'y'), {}), (syslog.openlog, (), {'bad': 1}), (syslog.openlog, (), {'ident': 3}), (syslog.syslog, (), {}), (syslog.syslog, (1, 2), {}), (syslog.syslog, (b'x',), {}), (syslog.syslog, ('a', 'b'), {}), (syslog.syslog, (1, 2, 3), {}), (syslog.setlogmask, ('x',), {}), (syslog.LOG_MASK, ('x',), {}), (syslog.closelog, (1,), {}), (syslog.setlogmask, (2**40,), {})]:
    try: print(f(*a, **k))
    except Exception as e: print(type(e).__name__, e)
sys.stderr.flush()
syslog.openlog('gilpy-test', syslog.LOG_PERROR, syslog.LOG_USER)
syslog.syslog(syslog.LOG_ERR, 'hello 100% from the test a\0b')
syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_WARNING))
syslog.syslog(syslog.LOG_DEBUG, 'masked out')
syslog.closelog(); syslog.closelog()
syslog.openlog(ident='kw', logoption=syslog.LOG_PERROR)
syslog.syslog(syslog.LOG_CRIT, 'last line')
print('done')
