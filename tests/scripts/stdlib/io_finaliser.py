"""IOBase's finaliser: a stream of a user's class dropped while open is closed (its own close()
runs), one already closed is left alone, an error from close() at that point is dropped; and
open()'s files dropped unclosed write out what they buffered."""
import gc
import io
import os
import tempfile
DIR = tempfile.mkdtemp(prefix='gilpy_fin_')
P = os.path.join(DIR, 'f.txt')
with open(P, 'w') as f:
    f.write('data')


class F(io.FileIO):
    def close(self):
        print('FileIO subclass close, closed:', self.closed)
        super().close()


x = F(P)
del x
gc.collect()


class Raw(io.RawIOBase):
    def readable(self):
        return True

    def close(self):
        print('RawIOBase subclass close')
        super().close()


r = Raw()
del r
gc.collect()
r = Raw()
r.close()
del r
gc.collect()
print('closed one not closed again')


class Bad(io.StringIO):
    def close(self):
        raise RuntimeError('boom')


b = Bad()
del b
gc.collect()
print('error dropped')


class T(io.TextIOWrapper):
    def close(self):
        print('TextIOWrapper subclass close')
        super().close()


t = T(io.BytesIO(b'abc'))
del t
gc.collect()


def unclosed():
    f = open(os.path.join(DIR, 'g.txt'), 'w')
    f.write('buffered')


unclosed()
gc.collect()
with open(os.path.join(DIR, 'g.txt')) as f:
    print(f.read())
for name in os.listdir(DIR):
    os.remove(os.path.join(DIR, name))
os.rmdir(DIR)
print('end')
