# contextvars: get/set/reset with tokens, copy_context, Context.run and mapping, per-thread contexts, errors.
import contextvars
import threading
from contextvars import ContextVar, Token, copy_context

var = ContextVar('var', default=42)
other = ContextVar('other')
print(var.name, var.get(), var.get(7), other.get('dflt'))
try:
    other.get()
except LookupError as e:
    print('LookupError', e.args[0] is other)
tok = var.set(1)
print(var.get(), tok.var is var, tok.old_value is Token.MISSING, Token.MISSING)
tok2 = var.set(2)
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())

ctx = copy_context()
print(type(ctx).__name__, len(ctx), var in ctx)
var.set(10)
other.set('o')
ctx2 = copy_context()
print(len(ctx2), ctx2[var], ctx2.get(other), sorted(v.name for v in ctx2), ctx2.get(ContextVar('z'), 'none'))
print(sorted((k.name, v) for k, v in ctx2.items()), sorted(map(str, ctx2.values())))


def inside(n):
    var.set(n)
    return var.get(), other.get('no other')


print(ctx.run(inside, 99), var.get(), ctx[var])
print(contextvars.Context().run(inside, 5))
print(var.get())


def worker(results, i):
    results[i] = (var.get(), other.get('unset'))
    var.set(i)
    results[i] += (var.get(),)


results = {}
threads = [threading.Thread(target=worker, args=(results, i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), var.get())


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


show(lambda: ContextVar(1))
show(lambda: contextvars.Context(1))
show(lambda: ctx2[1])
show(lambda: ContextVar('x').reset('not a token'))
t = other.set('again')
show(lambda: var.reset(t))
other.reset(t)
show(lambda: other.reset(t))
show(lambda: ctx2.run(lambda: ctx2.run(print)))
t3 = var.set(3)
show(lambda: contextvars.Context().run(var.reset, t3))


def sub(base):
    class X(base):
        pass


show(lambda: sub(ContextVar))
show(lambda: sub(contextvars.Context))
print(ContextVar[int], repr(ContextVar('r')).startswith("<ContextVar name='r' at 0x"),
      repr(ContextVar('r', default=None)).startswith("<ContextVar name='r' default=None at"))
print(repr(var.set(0)).startswith("<Token var=<ContextVar name='var' default=42 at"))
print(hash(var) == hash(var), var == var, var != other)
