import sys
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def f():
    c = C('local')
    print('in f')
f()
print('after f')
x = C('x')
del x
print('after del')
y = C('y')
y = None
print('after rebind')
l = [C('in list')]
l.clear()
print('after clear')
d = {'k': C('in dict')}
del d['k']
print('after dict del')

class Bad:
    def __del__(self):
        raise ValueError('boom in del')
b = Bad()
del b
print('after bad', file=sys.stderr)
sys.stderr.flush()
print('after bad')

class Resurrect:
    saved = []
    def __del__(self):
        print('resurrecting')
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print('cleared (no second __del__)')

class Late:
    pass
class LateSub(Late):
    pass
def late_del(self):
    print('late del', type(self).__name__)
Late.__del__ = late_del
z = LateSub()
del z

class Cyc:
    def __init__(self, n): self.n = n
    def __del__(self): print('del at exit', self.n)
a1 = Cyc(1)
a2 = Cyc(2)
_private = Cyc('underscore first')
class WithSlots:
    __slots__ = ('v',)
    def __del__(self): print('slots del', self.v)
ws = WithSlots(); ws.v = 3
del ws
print('end of module')
import threading
results = []
class InThread:
    def __del__(self):
        results.append(threading.current_thread().name)
def work():
    o = InThread()
    del o
t = threading.Thread(target=work, name='worker')
t.start(); t.join()
print('thread finaliser ran in', results)
def gen():
    g = C('held by generator')
    yield 1
    yield 2
it = gen()
next(it)
del it
print('after generator dropped')
