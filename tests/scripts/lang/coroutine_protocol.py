# The coroutine object: type, name, send/throw/close, cr_* attributes, the awaitable protocol's
# errors, throw() reaching the innermost await, and types.coroutine.
import types


class Wait:
    def __await__(self):
        return (yield "waiting")


async def inner(log):
    try:
        v = await Wait()
        log.append(("inner got", v))
        v = await Wait()
        return v
    except KeyError as e:
        log.append(("inner caught", repr(e)))
        return "recovered"
    finally:
        log.append("inner finally")


async def outer(log):
    r = await inner(log)
    log.append(("outer got", r))
    return r


log = []
c = outer(log)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_code.co_name)
print(isinstance(c, types.CoroutineType), type(c) is types.CoroutineType)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_frame is not None, c.cr_frame.f_code.co_name)
print(c.send("first"))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)
print(log)
print(c.cr_frame, c.cr_await)

# close() runs the finally clauses down the chain of awaits.
log = []
c = outer(log)
c.send(None)
c.close()
print(log)
c.close()

# Errors of the protocol.
for what in ["next", "iter", "send1", "reuse", "throw_done"]:
    c = outer([])
    try:
        if what == "next":
            next(c)
        elif what == "iter":
            iter(c)
        elif what == "send1":
            c.send(1)
        elif what == "reuse":
            try:
                c.send(None)
                c.send(None)
                c.send(None)
            except StopIteration:
                pass
            c.send(None)
        elif what == "throw_done":
            c.close()
            c.throw(ValueError("v"))
    except Exception as e:
        print(what, type(e).__name__, e)
    c.close()


class NotIter:
    def __await__(self):
        return 5


made = []


class GivesCoro:
    def __await__(self):
        made.append(Helper.coro())
        return made[-1]


class Helper:
    @staticmethod
    async def coro():
        return 1


async def await_it(x):
    return await x


for thing in [1, None, "s", NotIter(), GivesCoro()]:
    c = await_it(thing)
    try:
        c.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
    except StopIteration:
        print("stopped")


async def finished():
    return "done"


async def reuse(c):
    await c
    await c


for m in made:
    m.close()

d = finished()
r = reuse(d)
try:
    r.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


# A coroutine's __await__ gives an iterator over it.
w = finished().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)


@types.coroutine
def gen_based():
    got = yield "from generator"
    return got * 2


async def uses_gen_based():
    return await gen_based()


c = uses_gen_based()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("gen-based result", e.value)


# StopIteration raised inside a coroutine becomes RuntimeError.
async def raises_stop():
    raise StopIteration("x")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# The repr names the qualified name.
class K:
    async def method(self):
        pass


m = K().method()
print(repr(m).split(" at ")[0])
m.close()
