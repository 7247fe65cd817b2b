"""Telling coroutines and coroutine functions apart from other objects."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import types as _types

_ASYNC_CODE = 0x80  # CO_COROUTINE


def iscoroutinefunction(func):
    """Whether func is an `async def` function (or marked as one)."""
    while hasattr(func, '__func__'):
        func = func.__func__
    while hasattr(func, 'func') and type(func).__name__ == 'partial':
        func = func.func
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _ASYNC_CODE)


# A marker a function may carry to be seen as a coroutine function.
_is_coroutine = object()

_COROUTINE_TYPES = (_types.CoroutineType, _types._AwaitableGenerator)


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    if type(obj) in _COROUTINE_TYPES:
        return True
    # Other coroutine-like objects (they step as coroutines do).
    cls = type(obj)
    return all(hasattr(cls, name) for name in ('send', 'throw', 'close', '__await__'))
