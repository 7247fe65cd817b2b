"""StringIO and BytesIO once closed: which methods refuse, with which message (StringIO without the full stop, BytesIO with it), as CPython."""
import io
for c in (io.StringIO, io.BytesIO):
    s = c(); s.close()
    for n in ['isatty', '__enter__', 'readable', 'writable', 'seekable', 'flush', '__iter__', 'fileno']:
        try: getattr(s, n)(); print(n, 'ok')
        except Exception as e: print(c.__name__, n, type(e).__name__, e)
    with c() as s: pass
    print(s.closed)
for c in (io.StringIO, io.BytesIO):
    s = c(); s.close()
    for n, a in [('read',()), ('write',('x' if c is io.StringIO else b'x',)), ('getvalue',()), ('seek',(0,)), ('tell',()), ('truncate',()), ('readline',()), ('readlines',()), ('writelines',([],)), ('__next__',())]:
        try: getattr(s, n)(*a); print(n, 'ok')
        except Exception as e: print(c.__name__, n, type(e).__name__, e)
