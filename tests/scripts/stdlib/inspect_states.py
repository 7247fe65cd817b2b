# inspect's generator/coroutine state and locals, getclosurevars, getargvalues; datetime.UTC; os.path.sameopenfile.
import inspect, datetime, os, sys
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield i
g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g); print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def check():
    print("inside", inspect.getgeneratorstate(g2))
    yield
g2 = check.__call__()
list(g); print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
async def coro(): return 1
c = coro(); print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c)); c.close(); print(inspect.getcoroutinestate(c))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print(e)
x = 10
def outer():
    y = 2
    def inner(a):
        return a + x + y + len([]) + undefined_name
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))
def f(a, b=2, *rest, c, **kw):
    return inspect.getargvalues(inspect.currentframe())
info = f(1, c=3, z=4); print(info.args, info.varargs, info.keywords, sorted(info.locals))
print(inspect.getlineno(inspect.currentframe()), os.path.basename(inspect.getabsfile(f)), inspect.GEN_CLOSED, inspect.CORO_RUNNING, inspect.CO_GENERATOR)
print(datetime.UTC, datetime.UTC is datetime.timezone.utc, datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC))
fd1 = os.open(__file__, os.O_RDONLY); fd2 = os.open(__file__, os.O_RDONLY); print(os.path.sameopenfile(fd1, fd2)); os.close(fd1); os.close(fd2)
import types; print(types.CellType, types.MemberDescriptorType, isinstance(outer().__closure__[0], types.CellType))
