# Cancellation, timeouts (wait_for, timeout()), shield, wait, as_completed, gather's errors and
# TaskGroup. Every sleep's length only fixes an order; no result depends on wall-clock amounts.
import asyncio


async def sleeper(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def cancellation():
    log = []
    t = asyncio.create_task(sleeper("a", 10, log))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e))
    print(t.cancelled(), t.done(), t.cancel(), log)

    # Cancelled before it started.
    log = []
    t = asyncio.create_task(sleeper("b", 10, log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("never started", log)

    # A coroutine that catches the cancellation and returns.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored the cancel"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())


async def timeouts():
    log = []
    try:
        await asyncio.wait_for(sleeper("w", 10, log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, log)
    print(await asyncio.wait_for(sleeper("quick", 0, []), timeout=5))
    print(await asyncio.wait_for(sleeper("none", 0, []), timeout=None))
    try:
        await asyncio.wait_for(sleeper("zero", 1, []), timeout=0)
    except TimeoutError:
        print("zero timeout")
    log = []
    try:
        async with asyncio.timeout(0.01) as cm:
            print(type(cm).__name__, cm.expired())
            await sleeper("t", 10, log)
    except TimeoutError:
        print("timeout block", cm.expired(), log)
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline", cm.expired(), cm.when())
    async with asyncio.timeout(5):
        r = await sleeper("fits", 0, [])
    print(r)


async def shielding():
    log = []
    inner = asyncio.create_task(sleeper("inner", 0.02, log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner, log)


async def waiting():
    log = []
    fast = asyncio.create_task(sleeper("fast", 0.01, log))
    slow = asyncio.create_task(sleeper("slow", 0.05, log))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait({slow})
    print([t.result() for t in done], pending)
    bad = asyncio.create_task(fail("first", 0.01))
    late = asyncio.create_task(sleeper("late", 0.05, log))
    done, pending = await asyncio.wait([bad, late], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(bad.exception()))
    done, pending = await asyncio.wait([late], timeout=0.001)
    print(len(done), len(pending))
    late.cancel()
    await asyncio.gather(late, return_exceptions=True)
    for args in [([],), (fast,), ([fast], "sometimes")]:
        try:
            if len(args) == 2:
                await asyncio.wait(args[0], return_when=args[1])
            else:
                await asyncio.wait(args[0])
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    c = sleeper("c", 0, [])
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()

    order = []
    for next_done in asyncio.as_completed([sleeper("x", 0.03, []), sleeper("y", 0.01, []), sleeper("z", 0.02, [])]):
        order.append(await next_done)
    print(order)
    try:
        for next_done in asyncio.as_completed([sleeper("slowest", 1, [])], timeout=0.01):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")


async def gathering():
    print(await asyncio.gather(fail("one"), sleeper("ok", 0, []), return_exceptions=True))
    try:
        await asyncio.gather(fail("two"), sleeper("other", 0.01, []))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())
    log = []
    g = asyncio.gather(sleeper("g1", 10, log), sleeper("g2", 10, log))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log))
    t1 = asyncio.create_task(sleeper("r1", 10, []))
    t2 = asyncio.create_task(sleeper("r2", 0, []))
    await asyncio.sleep(0)
    t1.cancel()
    print(await asyncio.gather(t1, t2, return_exceptions=True))


async def groups():
    log = []
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sleeper("ga", 0.01, log))
        b = tg.create_task(sleeper("gb", 0.02, log))
    print(a.result(), b.result(), log)
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("in group", 0))
            tg.create_task(fail("also", 0))
            tg.create_task(sleeper("victim", 10, log))
    except* ValueError as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("body victim", 10, log))
            raise KeyError("from body")
    except* KeyError as eg:
        print("body error", eg.exceptions)
    tg = asyncio.TaskGroup()
    c = sleeper("x", 0, [])
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(" has ")[1])
    c.close()
    print(asyncio.current_task().cancelling())


for step in (cancellation, timeouts, shielding, waiting, gathering, groups):
    print("--", step.__name__)
    asyncio.run(step())
