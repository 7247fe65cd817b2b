"""asyncio's exception classes. TimeoutError is the built-in one (as in Python 3.11)."""

import builtins

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = builtins.TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """An operation was not allowed in the future's or task's current state."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile is not available for this socket or file."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class LimitOverrunError(Exception):
    """A separator was not found within the stream's buffer limit."""

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed

    def __reduce__(self):
        return (type(self), (self.args[0], self.consumed))


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while a task waited on it."""
