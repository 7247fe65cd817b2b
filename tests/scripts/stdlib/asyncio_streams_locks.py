# Cancellation while waiting on a Lock, Semaphore or Queue; streams over a local TCP socket;
# add_reader / add_writer on a socket pair.
import asyncio, socket
async def lock_cancel():
    lock = asyncio.Lock()
    await lock.acquire()
    log = []
    async def w(i):
        try:
            async with lock:
                log.append(i)
        except asyncio.CancelledError:
            log.append(f"c{i}")
            raise
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, lock.locked())
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(sem.acquire()) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    sem.release(); sem.release()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([type(x).__name__ for x in r], sem._value if hasattr(sem, '_value') else None, sem.locked())
    q = asyncio.Queue(1)
    await q.put(1)
    p = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(q.qsize(), q.get_nowait(), q.empty())
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timeout")
    q.put_nowait(5)
    print(await g)
async def streams():
    async def handle(reader, writer):
        data = await reader.readline()
        writer.write(data.upper())
        await writer.drain()
        line2 = await reader.readexactly(3)
        writer.write(line2[::-1] + b"\n")
        await writer.drain()
        writer.close()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"hello\n")
    await w.drain()
    print(await r.readline())
    w.write(b"abc")
    await w.drain()
    print(await r.readline())
    print(await r.read())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
async def readers():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    got = loop.create_future()
    loop.add_reader(a.fileno(), lambda: got.set_result(a.recv(10)))
    b.send(b"ping")
    print(await got, loop.remove_reader(a.fileno()), loop.remove_reader(a.fileno()))
    wrote = loop.create_future()
    loop.add_writer(b.fileno(), lambda: (loop.remove_writer(b.fileno()), wrote.set_result("writable")))
    print(await wrote)
    a.close(); b.close()
asyncio.run(lock_cancel())
asyncio.run(streams())
asyncio.run(readers())
