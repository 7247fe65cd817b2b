# Async generators: async for over them, asend/athrow/aclose, aiter()/anext(), awaits inside,
# the errors of their protocol.


class Tick:
    def __await__(self):
        return (yield "tick")


def run(coro):
    """Drives a coroutine to the end, counting the ticks it passes to the driver."""
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks


async def numbers(n):
    try:
        for i in range(n):
            await Tick()
            yield i
    finally:
        print("numbers finally")


async def collect():
    out = []
    async for x in numbers(3):
        out.append(x)
    return out


print(run(collect()))


async def protocol():
    g = numbers(5)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(aiter(g) is g)
    a = await anext(g)
    b = await g.__anext__()
    c = await g.asend(None)
    print(a, b, c)
    await g.aclose()
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    return "ok"


print(run(protocol()))


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append(("error", str(e)))
                yield "handled"
    finally:
        print("echo saw", received)


async def sending():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.athrow(ValueError("bad")))
    print(await g.asend("b"))
    await g.aclose()
    return "sent"


print(run(sending()))


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def closing_errors():
    g = ignores_exit()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)


run(closing_errors())


async def raises_stop_async():
    raise StopAsyncIteration
    yield


async def more_errors():
    try:
        await anext(raises_stop_async())
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await numbers(1).asend(5)
    except TypeError as e:
        print(type(e).__name__, e)
    for bad in [1, [1, 2]]:
        try:
            aiter(bad)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            anext(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        for x in numbers(1):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


run(more_errors())


async def comprehension_over_agen():
    squares = [x * x async for x in numbers(4) if x % 2 == 0]
    pairs = {x: y async for x in numbers(2) for y in "ab"}
    return squares, pairs


print(run(comprehension_over_agen()))


async def early_break():
    async for x in numbers(10):
        if x == 1:
            break
    return "broke"


print(run(early_break()))
