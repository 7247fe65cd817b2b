"""OSError(errno, strerror[, filename[, winerror[, filename2]]]): the subclass picked by errno, str()
with one and two file names, the attributes, BlockingIOError.characters_written; os.strerror."""
import os, errno
for n in [1,2,3,4,5,9,10,11,12,13,17,20,21,22,28,32,35,104,110,111,113,114,115,0,999,-1]:
    try: print(n, repr(os.strerror(n)))
    except Exception as e: print(n, type(e).__name__, e)
cases = [(), ('x',), (2,), (2,'x'), (2,'No such file','f.txt'), (2,'No such file','f.txt',None,'g.txt'), (13,'Perm','a',None,'b'),
 (17,'e'), (11,'again'), (11,'again','f'), (11,'again',5), (11, 'a', 'b', 'c'), (115,'inprog',3),(1,'x'),(4,'i'),(10,'c'),(20,'nd'),(21,'isd'),(32,'pipe'),(104,'reset'),(111,'refused'),(103,'ab'),(110,'to'),(3,'srch'),(9,'bad'),(99,'other'),
 ('a','b'), (2,'x','f',None), (2,'x',None,None,'g'), (2,'x','f',5,'g'), (1,2,3,4,5,6), (2.5,'x'), ([],'x'), (b'p', 'q', b'f'), (2,'x',3)]
for c in cases:
    e = OSError(*c)
    print(c, type(e).__name__, repr(str(e)), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
    if isinstance(e, BlockingIOError):
        try: print(' cw', e.characters_written)
        except Exception as x: print(' cw', type(x).__name__, x)
e = BlockingIOError(11, 'x', 7); print(e.characters_written); e.characters_written = 3; print(e.characters_written); del e.characters_written
try: e.characters_written
except AttributeError as x: print('AE', x)
print(type(FileNotFoundError(13,'x')).__name__, type(IOError(2,'x')).__name__, type(EnvironmentError(2,'x')).__name__, IOError is OSError)
class MyErr(OSError): pass
print(type(MyErr(2,'x')).__name__, str(MyErr(2,'x','f')))
e = OSError(2,'x'); e.filename='zz'; print(str(e)); e.errno=5; print(str(e), e.args)
try: open('/nonexist/x')
except OSError as e: print(type(e).__name__, e, e.args, e.errno, e.filename)
print(str(OSError(None, 'x')), str(OSError(2, None)), str(OSError(2, 'x', '')))
print(errno.errorcode[2], os.strerror(errno.ENOENT))
try: os.strerror('x')
except TypeError as e: print(e)
print(str(ConnectionError(104,'r')), type(OSError(errno.ECHILD,'c')).__name__, type(OSError(errno.ESRCH,'c')).__name__, type(OSError(errno.EALREADY,'c')).__name__,type(OSError(errno.ECONNABORTED,'c')).__name__, type(OSError(errno.ETIMEDOUT,'c')).__name__, type(OSError(errno.EPERM,'c')).__name__, type(OSError(errno.ESHUTDOWN,'c')).__name__)
e = OSError(2, 'x', 'f')
import pickle
e2 = pickle.loads(pickle.dumps(e)); print(type(e2).__name__, e2, e2.args, e2.filename)
try:
    raise OSError(13, 'denied', '/x')
except PermissionError as x: print('caught', x)
class E(OSError):
    def __init__(self, a, b, c):
        super().__init__(a)
x = E(2,'y','z'); print(type(x).__name__, repr(str(x)), x.args, x.errno, x.filename)
print(OSError.__init__, FileNotFoundError.__mro__)
import os
try: os.stat('/nonexist')
except OSError as e: print(repr(e), e.filename, e.args)
try: os.rename('/nonexist', '/nonexist2')
except OSError as e: print(repr(e), str(e), e.filename, e.filename2)
for n in [2**31, -2**31 - 1, 2**80]:
    try: os.strerror(n)
    except OverflowError as e: print('OverflowError', e)
e = OSError(2, 'x', 'f', None, 'g'); e.filename2 = 'h'; print(e); e.filename = None; print(e)
e = OSError('only'); e.filename = 'f'; print(e)
e = OSError(2, 'x'); e.strerror = 'changed'; print(e, e.args)
print(isinstance(OSError(2, 'x'), FileNotFoundError), isinstance(OSError(2, 'x', 'f'), OSError))
try:
    raise OSError(errno.EEXIST, os.strerror(errno.EEXIST), 'exists.txt')
except FileExistsError as e:
    print('FileExistsError', e, e.errno == errno.EEXIST)
