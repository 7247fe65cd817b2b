"""TaskGroup (Python 3.11): tasks started inside an `async with` block are all awaited at its
end; the first failure cancels the others and the parent, and the failures are raised together
as an ExceptionGroup."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


class TaskGroup:

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None
        self._parent_cancelled_by_us = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._all_done = None

    def __repr__(self):
        info = []
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f'<TaskGroup{"".join(" " + i for i in info)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        cancellation = exc if et is exceptions.CancelledError else None
        if self._parent_cancelled_by_us and self._parent.uncancel() == 0:
            # The CancelledError came from us, not from someone cancelling the parent.
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as stopped:
                if not self._aborting:
                    cancellation = stopped
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        task.add_done_callback(self._task_finished)
        self._tasks.add(task)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _task_finished(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        problem = task.exception()
        if problem is None:
            return
        self._errors.append(problem)
        if _is_fatal(problem) and self._base_error is None:
            self._base_error = problem
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent} is already completed',
                'exception': problem,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancelled_by_us:
            self._abort()
            self._parent_cancelled_by_us = True
            self._parent.cancel()


def _is_fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))
