# async def / await / async for / async with / async comprehensions, driven by hand (no asyncio),
# and the SyntaxErrors of misplaced async constructs.


class Token:
    """An awaitable that yields a request to the driver and returns what the driver sends."""

    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("req", self.v)
        return got


def drive(coro):
    """Runs a coroutine, answering each request with its value times ten."""
    sent = None
    log = []
    while True:
        try:
            req = coro.send(sent)
        except StopIteration as stop:
            return stop.value, log
        log.append(req)
        sent = req[1] * 10


async def add(a, b):
    x = await Token(a)
    y = await Token(b)
    return x + y


async def nested():
    return await add(1, 2) + await add(3, 4)


print(drive(nested()))


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Token(self.i)


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Token(0)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Token(0)
        return self.suppress


async def loops():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Counter(5):
        if v == 20:
            continue
        if v == 40:
            break
        out.append(v)
    else:
        out.append("not reached")
    print(out)
    async with Manager("a") as a, Manager("b") as b:
        print("inside", a, b)
    async with Manager("s", suppress=True):
        raise KeyError("hidden")
    try:
        async with Manager("t"):
            raise ValueError("shown")
    except ValueError as e:
        print("caught", e)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 1:
                break
    return "loops done"


print(drive(loops())[0])


async def returns_inside_with():
    async with Manager("r"):
        return "from with"


print(drive(returns_inside_with())[0])


async def comprehensions():
    a = [v async for v in Counter(3)]
    b = {v: v * 2 async for v in Counter(2)}
    c = {v async for v in Counter(3) if v != 20}
    d = [await Token(i) for i in range(3)]
    e = [[w async for w in Counter(k)] for k in range(3)]
    f = [v for v in [await Token(7)]]
    g = (v + 1 async for v in Counter(2))
    h = [x async for x in g]
    return a, b, sorted(c), d, e, f, type(g).__name__, h


print(drive(comprehensions())[0])


async def precedence():
    t = Token(2)
    r1 = await t
    r2 = -await Token(3)
    r3 = await Token(2) ** 2
    r4 = [await Token(1), await Token(2)][1]
    return r1, r2, r3, r4


print(drive(precedence())[0])


async def plain():
    return 1


print(type(plain).__name__, type(plain()).__name__ if False else "coroutine")
print(plain.__code__.co_flags & 0x80 != 0, (lambda: 0).__code__.co_flags & 0x80)


async def agen():
    yield 1


print(agen.__code__.co_flags & 0x200 != 0)

bad = [
    "await x",
    "def f():\n    await x\n",
    "async for x in y: pass\n",
    "def f():\n    async for x in y: pass\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    return [x async for x in y]\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    return 2\n    yield 1\n",
    "async def f():\n    yield from x\n",
    "[await x for x in y]\n",
    "async def f():\n    def g(): await x\n",
    "async def f():\n    lambda: await x\n",
    "class C:\n    await x\n",
    "async def f():\n    class C:\n        await x\n",
    "async = 1\n",
    "await = 1\n",
    "async def f():\n    await = 3\n",
    "def f():\n    x = {k: v async for k, v in y}\n",
    "def f():\n    [[x async for x in y] for z in w]\n",
    "async def f():\n    await x = 1\n",
    "async def f():\n    del await x\n",
]
for src in bad:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno)

good = [
    "async def f():\n    return (await x for x in y)\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [y for y in await z]\n",
    "async def f():\n    [[x async for x in y] for z in w]\n",
    "async def f():\n    yield\n    return\n",
]
for src in good:
    compile(src, "<test>", "exec")
print("good ones compile")
