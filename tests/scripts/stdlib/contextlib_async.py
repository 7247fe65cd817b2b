import asyncio, contextlib, sys
from contextlib import *
log = []
@asynccontextmanager
async def acm(tag, swallow=False):
    "acm doc"
    log.append(('enter', tag))
    try:
        yield tag.upper()
    except ValueError as e:
        log.append(('caught', repr(e)))
        if not swallow: raise
    finally:
        log.append(('exit', tag))
class Res:
    async def aclose(self): log.append('aclosed')
class ACM:
    async def __aenter__(self): log.append('ACM enter'); return 'acm'
    async def __aexit__(self, *e): log.append(('ACM exit', e[0].__name__ if e[0] else None)); return False
async def main():
    async with acm('a') as v: log.append(v)
    async with acm('b', True): raise ValueError('x')
    try:
        async with acm('c'): raise ValueError('y')
    except ValueError as e: log.append(('outer', repr(e)))
    print(acm.__name__, acm.__doc__, type(acm('z')).__name__)
    @acm('deco')
    async def decorated(n): log.append(('in deco', n)); return n * 2
    print(await decorated(4))
    async with aclosing(Res()) as r: log.append(type(r).__name__)
    async with nullcontext(5) as n: log.append(('null', n))
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(acm('st')))
        print(st.enter_context(nullcontext('sync')))
        st.push_async_callback(lambda *a: asyncio.sleep(0, log.append(('async cb', a))), 1, 2)
        st.callback(log.append, 'sync cb')
        async def aexit(*exc): log.append(('push_async_exit', exc[0])); return False
        st.push_async_exit(aexit)
        st.push_async_exit(ACM())
        log.append('stack body')
    async def boom(*a): raise KeyError('boom')
    try:
        async with AsyncExitStack() as st:
            st.push_async_callback(boom)
            raise ValueError('body')
    except KeyError as e: log.append(('chained', repr(e), repr(e.__context__)))
    async with AsyncExitStack() as st:
        async def swallow(*e): return True
        st.push_async_exit(swallow)
        raise IndexError
    log.append('swallowed')
    st = AsyncExitStack(); st.callback(log.append, 'late'); await st.aclose()
    try: await AsyncExitStack().enter_async_context(object())
    except TypeError as e: print(e)
    @asynccontextmanager
    async def noyield():
        if False: yield
    try:
        async with noyield(): pass
    except RuntimeError as e: print(repr(e))
    @asynccontextmanager
    async def twice():
        yield 1
        yield 2
    try:
        async with twice(): pass
    except RuntimeError as e: print(repr(e))
    print(issubclass(AsyncExitStack, AbstractAsyncContextManager), isinstance(ACM(), AbstractAsyncContextManager), isinstance(1, AbstractAsyncContextManager))
    class MyACD(contextlib.AsyncContextDecorator):
        async def __aenter__(self): log.append('ACD in')
        async def __aexit__(self, *e): log.append('ACD out')
    @MyACD()
    async def g(): log.append('g body')
    await g()
    print(AbstractAsyncContextManager[int])
asyncio.run(main())
for item in log: print(item)
print(sorted(contextlib.__all__))
