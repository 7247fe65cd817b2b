"""sched: a general-purpose event scheduler, as CPython 3.11's module behaves.

Events wait in a heap ordered by (time, priority, sequence); `run` sleeps with the
scheduler's delay function until the first is due, then calls it. The queue is guarded by
a re-entrant lock, so other threads (and the actions themselves) may enter or cancel
events while `run` works.
"""

import heapq
import itertools
import threading
import time as _time_module
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__doc__ = 'Event(time, priority, sequence, action, argument, kwargs)'

# Stands for "no kwargs given", so that each event gets its own fresh dict.
_NO_KWARGS = object()


class scheduler:
    """Runs actions at given times, measured by `timefunc` and waited for with `delayfunc`."""

    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules `action(*argument, **kwargs)` at absolute `time`; returns the event
        (lower priority values run first among events due at the same time)."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator),
                          action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Like enterabs, `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is waiting."""
        with self._lock:
            return len(self._queue) == 0

    def _next_due(self):
        """Pops the first event if it is due: (event, None); else (None, seconds to wait);
        (None, None) when the queue is empty."""
        with self._lock:
            if not self._queue:
                return None, None
            first = self._queue[0]
            now = self.timefunc()
            if first.time > now:
                return None, first.time - now
            heapq.heappop(self._queue)
            return first, None

    def run(self, blocking=True):
        """Runs events until the queue is empty. Not blocking: runs those already due and
        returns the time until the next one (None when none is left)."""
        while True:
            event, wait = self._next_due()
            if event is not None:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)  # gives other threads a turn, as CPython does
            elif wait is None:
                return None
            elif not blocking:
                return wait
            else:
                self.delayfunc(wait)

    @property
    def queue(self):
        """The waiting events in the order they will run (a new list)."""
        with self._lock:
            waiting = list(self._queue)
        waiting.sort()
        return waiting
