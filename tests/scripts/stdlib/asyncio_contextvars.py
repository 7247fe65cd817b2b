"""contextvars in asyncio: each task runs in a copy of its creator's context (or the one given),
callbacks in the context they were scheduled from; asyncio.run keeps the caller's context."""
import asyncio, contextvars
v = contextvars.ContextVar('v', default='dflt')
async def child(n):
    print('child sees', n, v.get())
    v.set(f'child{n}')
    await asyncio.sleep(0)
    print('child after', n, v.get())
async def main():
    v.set('main')
    t = asyncio.create_task(child(1))
    v.set('main2')
    await t
    print('main', v.get())
    ctx = contextvars.copy_context()
    await asyncio.gather(child(2), child(3))
    print('main', v.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: (print('cb', v.get()), fut.set_result(1)))
    await fut
    c2 = contextvars.Context()
    t2 = asyncio.create_task(child(4), context=c2)
    await t2
    print(c2[v])
asyncio.run(main())
print(v.get())
