"""asyncio.run() and Runner: a fresh loop for the main coroutine, torn down afterwards (the
remaining tasks cancelled, async generators closed, the default executor shut down)."""

__all__ = ('Runner', 'run')

from . import coroutines
from . import events
from . import tasks


class Runner:
    """Runs coroutines, one after another, on one loop made for it; close() ends the loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._factory = loop_factory
        self._debug = debug
        self._loop = None
        self._state = 'new'  # then 'ready', then 'closed'

    def __enter__(self):
        self._prepare()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._prepare()
        return self._loop

    def _prepare(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'ready':
            return
        if self._factory is not None:
            self._loop = self._factory()
        else:
            self._loop = events.new_event_loop()
            events.set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'ready'

    def run(self, coro, *, context=None):
        """Runs coro to completion on the runner's loop; its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop():
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._prepare()
        main = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(main)

    def close(self):
        if self._state != 'ready':
            self._state = 'closed'
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            for finishing in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(finishing())
        finally:
            if self._factory is None:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'


def _cancel_leftovers(loop):
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for t in leftovers:
        t.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for t in leftovers:
        problem = None if t.cancelled() else t.exception()
        if problem is not None:
            report = {'message': 'unhandled exception during asyncio.run() shutdown'}
            report.update(exception=problem, task=t)
            loop.call_exception_handler(report)


def run(main, *, debug=None):
    """Runs the coroutine `main` on a new event loop and returns its result."""
    if events._get_running_loop():
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    runner = Runner(debug=debug)
    try:
        return runner.run(main)
    finally:
        runner.close()
