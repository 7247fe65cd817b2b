import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(name, *, how='normal'):
    print('cleanup', name, how)
    return 'cleaned ' + name


r = Resource('one')
f = weakref.finalize(r, cleanup, 'one', how='kw')
print(f.alive, f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2:], f.atexit)
del r
print('after del', f.alive, f.peek())

r = Resource('two')
f = weakref.finalize(r, cleanup, 'two')
print(f(), f.alive, f(), f.detach())
del r

r = Resource('three')
f = weakref.finalize(r, cleanup, 'three')
det = f.detach()
print(det[0] is r, det[1] is cleanup, det[2], f.alive)
del r, det
print('detached: nothing ran')

r = Resource('four')
f = weakref.finalize(r, cleanup, 'four')
f.atexit = False
del r

r = Resource('at exit')
f = weakref.finalize(r, cleanup, 'five', how='atexit')
keep = r


class WithDel:
    def __del__(self):
        print('__del__ runs first')


w = WithDel()
wr = weakref.ref(w, lambda ref: print('then the callback'))
del w
print(gc.collect() >= 0)
print('end of script')
