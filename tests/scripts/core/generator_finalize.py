# A generator dropped while paused in try/finally or with is closed at once: its finally and __exit__ run, as in CPython.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)

for x in gen('a'):
    print('got', x)
    break
print('after break')

g = gen('b')
next(g)
g = None
print('after rebind')

def use():
    h = gen('c')
    next(h)
    return 'returned'
print(use())

class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return False
def withgen():
    with CM():
        yield 1
w = withgen(); next(w); del w
print('after del')

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn(); next(s); s = None
print('after stubborn')

def noblock():
    yield 1
n = noblock(); next(n); n = None
k = gen('d'); print('not started'); k = None
print('end')
