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
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Like addCleanup: `func` (a coroutine function, usually) is awaited on the test's loop."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager `cm`; its __aexit__ becomes an async cleanup.
        Returns what __aenter__ gave."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the "
                            f"asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # The hooks TestCase.run calls, each run on the test's loop and in the test's context.

    def _callSetUp(self):
        # setUp sees the test's loop as the current one (asyncio.get_event_loop() works there).
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a test case ({method})',
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        if self._asyncioRunner is None:
            raise AssertionError('asyncio runner is not initialized')
        if not inspect.iscoroutinefunction(func):
            raise AssertionError(f'{func!r} is not an async function')
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        if self._asyncioRunner is None:
            raise AssertionError('asyncio runner is not initialized')
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        if self._asyncioRunner is not None:
            raise AssertionError('asyncio runner is already initialized')
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner, self._asyncioRunner = self._asyncioRunner, None
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if getattr(self, '_asyncioRunner', None) is not None:
            self._tearDownAsyncioRunner()
