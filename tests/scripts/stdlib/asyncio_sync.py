# asyncio's queues and locks, with producers and consumers whose order is fixed by the loop.
import asyncio


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    q.task_done()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    log = []

    async def producer(name, items):
        for it in items:
            await q.put(it)
            log.append(f"{name} put {it}")

    async def consumer(name, n):
        got = []
        for _ in range(n):
            item = await q.get()
            got.append(item)
            log.append(f"{name} got {item}")
            q.task_done()
        return got

    results = await asyncio.gather(producer("p1", [1, 2, 3]), producer("p2", [10, 20]), consumer("c1", 3), consumer("c2", 2))
    print(results[2:], log)
    await q.join()
    print("joined")
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

    # join waits for every task_done.
    jq = asyncio.Queue()
    done_order = []

    async def slow_worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.001)
            done_order.append(item)
            jq.task_done()

    workers = [asyncio.create_task(slow_worker()) for _ in range(2)]
    for i in range(5):
        jq.put_nowait(i)
    await jq.join()
    print(sorted(done_order))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


async def locks():
    lock = asyncio.Lock()
    print(lock.locked())
    trace = []

    async def critical(i):
        async with lock:
            trace.append(f"in {i}")
            await asyncio.sleep(0.001)
            trace.append(f"out {i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace)
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    await lock.acquire()
    print(lock.locked())
    lock.release()

    ev = asyncio.Event()
    woke = []

    async def waiter(i):
        await ev.wait()
        woke.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), woke)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), woke)
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    ready = []

    async def cond_waiter(i):
        async with cond:
            await cond.wait_for(lambda: len(ready) > i)
            return f"waiter {i} saw {ready[:i + 1]}"

    async def cond_setter():
        for i in range(3):
            await asyncio.sleep(0.001)
            async with cond:
                ready.append(i)
                cond.notify_all()

    print(await asyncio.gather(cond_waiter(0), cond_waiter(2), cond_setter()))
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print(max(peak), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(queues())
asyncio.run(locks())
