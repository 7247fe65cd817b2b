# asyncio with threads: to_thread beside a CPU-bound thread, run_in_executor,
# call_soon_threadsafe and run_coroutine_threadsafe.
import asyncio
import concurrent.futures
import threading
import time


def blocking_io(i):
    time.sleep(0.01)
    return i * i


def cpu_work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


async def main():
    cpu_result = []
    cpu = threading.Thread(target=lambda: cpu_result.append(cpu_work(200000)))
    cpu.start()
    results = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(6)))
    cpu.join()
    print(results, cpu_result)

    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_io, 7))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        got = await asyncio.gather(*(loop.run_in_executor(pool, cpu_work, n) for n in (10, 100, 1000)))
    print(got)

    def kwargs_call(a, *, b):
        return a + b

    print(await asyncio.to_thread(kwargs_call, 1, b=2))

    def raises():
        raise OSError("in thread")

    try:
        await asyncio.to_thread(raises)
    except OSError as e:
        print("thread error", e)

    # Another thread wakes the loop up.
    arrived = loop.create_future()

    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(arrived.set_result, threading.current_thread().name)

    t = threading.Thread(target=from_thread, name="helper")
    t.start()
    print("woken by", await arrived)
    t.join()

    async def on_loop(x):
        await asyncio.sleep(0.001)
        return x + 1

    def submit_from_thread(out):
        fut = asyncio.run_coroutine_threadsafe(on_loop(41), loop)
        out.append(fut.result(timeout=5))

    out = []
    t = threading.Thread(target=submit_from_thread, args=(out,))
    t.start()
    while not out:
        await asyncio.sleep(0.005)
    t.join()
    print("run_coroutine_threadsafe", out)


asyncio.run(main())
