"""asyncio.timeout() / timeout_at(): an `async with` block cancelled when its deadline passes,
the cancellation turned into TimeoutError at the block's end."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from . import events
from . import exceptions
from . import tasks


class _Phase(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """The deadline of an `async with` block (loop time, or None for no deadline)."""

    def __init__(self, when):
        self._phase = _Phase.CREATED
        self._when = when
        self._timer = None
        self._task = None
        # How many cancellations the task had pending when the block was entered.
        self._cancels_before = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        """Moves the deadline (None: no deadline)."""
        if self._phase is not _Phase.ENTERED:
            raise RuntimeError(f'Cannot change state of {self._phase.value} Timeout')
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is None:
            return
        loop = events.get_running_loop()
        if when <= loop.time():
            self._timer = loop.call_soon(self._expire)
        else:
            self._timer = loop.call_at(when, self._expire)

    def expired(self):
        return self._phase in (_Phase.EXPIRING, _Phase.EXPIRED)

    def __repr__(self):
        extra = f' when={self._when}' if self._phase is _Phase.ENTERED else ''
        return f'<Timeout [{self._phase.value}]{extra}>'

    async def __aenter__(self):
        self._phase = _Phase.ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancels_before = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._phase is _Phase.EXPIRING:
            self._phase = _Phase.EXPIRED
            if self._task.uncancel() <= self._cancels_before and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._phase is _Phase.ENTERED:
            self._phase = _Phase.EXITED
        return None

    def _expire(self):
        self._task.cancel()
        self._phase = _Phase.EXPIRING
        self._timer = None


def timeout(delay):
    """A Timeout `delay` seconds from now (None: none)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at loop time `when` (None: none)."""
    return Timeout(when)
