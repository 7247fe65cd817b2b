"""unittest.IsolatedAsyncioTestCase: a TestCase whose test methods, asyncSetUp/asyncTearDown and
cleanups may be coroutine functions. Each test gets a fresh event loop (an asyncio.Runner in
debug mode) and one contextvars context that setUp, the test and the cleanups all run in; the
loop is closed, its leftover tasks cancelled, when the test ends."""

import contextvars
import inspect
import warnings

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    """Order of a test: setUp, asyncSetUp, the test method, asyncTearDown, tearDown, then the
    cleanups (last added first); any of them may be async where the name says so."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        # The runner exists only while a test runs (run() or debug()).
        self._loop_runner = None
        self._shared_context = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, coro_fn, /, *args, **kwargs):
        """As addCleanup; a coroutine function given is awaited on the test's loop."""
        self.addCleanup(coro_fn, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager `cm` and registers its exit as an async
        cleanup; what __aenter__ returned is the result."""
        cm_type = type(cm)
        try:
            aenter, aexit = cm_type.__aenter__, cm_type.__aexit__
        except AttributeError:
            raise TypeError(f"'{cm_type.__module__}.{cm_type.__qualname__}' object does not "
                            "support the asynchronous context manager protocol") from None
        entered = await aenter(cm)
        self.addAsyncCleanup(aexit, cm, None, None, None)
        return entered

    # TestCase.run calls these hooks; here each runs on the test's loop, in the shared context.

    def _callSetUp(self):
        # Made now, so that setUp already finds the test's loop as the current one.
        self._loop_runner.get_loop()
        self._shared_context.run(self.setUp)
        self._await(self.asyncSetUp)

    def _callTestMethod(self, method):
        returned = self._call_either(method)
        if returned is not None:
            warnings.warn('It is deprecated to return a value that is not None from a test case '
                          f'({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._await(self.asyncTearDown)
        self._shared_context.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._call_either(function, *args, **kwargs)

    def _await(self, coro_fn, *args, **kwargs):
        """Runs coroutine function `coro_fn` to its end on the test's loop."""
        if self._loop_runner is None:
            raise AssertionError('asyncio runner is not initialized')
        if not inspect.iscoroutinefunction(coro_fn):
            raise AssertionError(f'{coro_fn!r} is not an async function')
        return self._loop_runner.run(coro_fn(*args, **kwargs), context=self._shared_context)

    def _call_either(self, fn, *args, **kwargs):
        """Awaits `fn` on the loop if it is a coroutine function, else calls it in the context."""
        if inspect.iscoroutinefunction(fn):
            return self._await(fn, *args, **kwargs)
        if self._loop_runner is None:
            raise AssertionError('asyncio runner is not initialized')
        return self._shared_context.run(fn, *args, **kwargs)

    def _open_loop(self):
        if self._loop_runner is not None:
            raise AssertionError('asyncio runner is already initialized')
        import asyncio
        self._loop_runner = asyncio.Runner(debug=True)

    def _close_loop(self):
        finishing, self._loop_runner = self._loop_runner, None
        finishing.close()

    def run(self, result=None):
        self._open_loop()
        try:
            return super().run(result)
        finally:
            self._close_loop()

    def debug(self):
        self._open_loop()
        super().debug()
        self._close_loop()

    def __del__(self):
        # A test whose debug() raised leaves its loop open.
        if getattr(self, '_loop_runner', None) is not None:
            self._close_loop()
