# asyncio's core: run, sleep, tasks, gather, futures, loop callbacks and the loop's state.
import asyncio


async def worker(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name * 2


async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.03, log), worker("b", 0.01, log), worker("c", 0.02, log))
    print(results)
    print(log)

    # sleep(0) lets the other ready tasks run first.
    order = []

    async def step(name, n):
        for i in range(n):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)

    await asyncio.gather(step("x", 3), step("y", 2))
    print(order)
    print(await asyncio.sleep(0, result="slept"), await asyncio.sleep(0.001, "later"))

    t = asyncio.create_task(worker("t", 0, []), name="named")
    print(t.get_name(), t.done())
    t.set_name("renamed")
    print(await t, t.done(), t.result(), t.get_name(), t.cancelled())
    me = asyncio.current_task()
    print(me.get_name().startswith("Task-"), me in asyncio.all_tasks(), isinstance(me, asyncio.Task))
    print(asyncio.get_running_loop() is asyncio.get_event_loop())

    # Futures.
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    seen = []
    f.add_done_callback(lambda fut: seen.append(("cb1", fut.result())))
    f.add_done_callback(print)
    print(f.remove_done_callback(print))
    loop.call_later(0.01, f.set_result, 99)
    print(await f, repr(f))
    await asyncio.sleep(0)
    print(seen)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g), repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("awaited", repr(e))
    h = loop.create_future()
    print(h.cancel("reason"), h.cancel(), repr(h))
    try:
        h.result()
    except asyncio.CancelledError as e:
        print(type(e).__name__, repr(e))
    try:
        loop.create_future().set_exception(StopIteration)
    except TypeError as e:
        print(type(e).__name__, e)

    # Callbacks: call_soon in order, call_later / call_at by time.
    calls = []
    loop.call_later(0.02, calls.append, "later 0.02")
    loop.call_at(loop.time() + 0.01, calls.append, "at 0.01")
    loop.call_soon(calls.append, "soon 1")
    h2 = loop.call_soon(calls.append, "cancelled")
    loop.call_soon(calls.append, "soon 2")
    h2.cancel()
    print(h2.cancelled())
    await asyncio.sleep(0.05)
    print(calls)

    try:
        asyncio.run(worker("z", 0, []))
    except RuntimeError as e:
        print(e)
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    c = worker("q", 0, [])
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(worker))
    await c
    return "main result"


print(asyncio.run(main()))

# A loop of one's own.
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(worker("r", 0, [])))
stops = []
loop.call_soon(stops.append, "ran")
loop.call_soon(loop.stop)
loop.run_forever()
print(stops)


async def check_running():
    return loop.is_running()


print(loop.run_until_complete(check_running()))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
c = worker("s", 0, [])
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
try:
    asyncio.run(1)
except ValueError as e:
    print(type(e).__name__, e)
print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception))
asyncio.set_event_loop(None)
