"""asyncio.to_thread(): a blocking function run in the loop's thread pool, awaited."""

__all__ = ('to_thread',)

import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in another thread; its result."""
    loop = events.get_running_loop()
    call = functools.partial(func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
