import gc
import weakref
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(weakref.ref)
t(weakref.ref, 1, 2, 3)
t(weakref.proxy)
t(gc.collect, 'x')
t(gc.is_tracked)
