"""unittest.IsolatedAsyncioTestCase: the order of setUp/asyncSetUp/test/asyncTearDown/tearDown and
cleanups (async ones included), enterAsyncContext, the context shared by setUp and the test, the
loop per test (leftover tasks cancelled), failures, errors, skips, expected failures, subtests."""
import asyncio, unittest, contextvars, sys

cv = contextvars.ContextVar('cv', default='unset')
events = []

class AsyncCM:
    async def __aenter__(self):
        events.append('aenter')
        return 'cm-value'
    async def __aexit__(self, *exc):
        events.append('aexit')

class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')
        cv.set('from-setUp')
        self.loop_in_setup = asyncio.get_event_loop()

    async def asyncSetUp(self):
        events.append('asyncSetUp ' + cv.get())
        self.addAsyncCleanup(self.acleanup, 'x')
        self.addCleanup(events.append, 'sync cleanup')
        self.cmv = await self.enterAsyncContext(AsyncCM())

    async def acleanup(self, arg):
        await asyncio.sleep(0)
        events.append('async cleanup ' + arg)

    async def test_a_pass(self):
        events.append('test_a ' + cv.get() + ' ' + self.cmv)
        self.assertIs(asyncio.get_running_loop(), self.loop_in_setup)
        await asyncio.sleep(0.001)
        self.assertEqual(1, 1)

    async def test_b_fail(self):
        events.append('test_b')
        self.assertEqual(await asyncio.sleep(0, 3), 4)

    async def test_c_error(self):
        raise KeyError('boom')

    def test_d_sync(self):
        events.append('test_d sync ' + cv.get())

    async def test_e_task_left(self):
        async def forever():
            try:
                await asyncio.sleep(100)
            except asyncio.CancelledError:
                events.append('leftover cancelled')
                raise
        asyncio.get_running_loop().create_task(forever())
        await asyncio.sleep(0)

    @unittest.skip('nope')
    async def test_f_skip(self):
        pass

    @unittest.expectedFailure
    async def test_g_xfail(self):
        self.fail('expected')

    async def test_h_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')

class Bad(unittest.IsolatedAsyncioTestCase):
    async def test_bad_cm(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        print(cm.exception)
    async def test_setup_fail(self):
        pass
    async def asyncSetUp(self):
        if self._testMethodName == 'test_setup_fail':
            raise RuntimeError('setup broke')

if __name__ == '__main__':
    r = unittest.main(exit=False, verbosity=2)
    for e in events:
        print(e)
    print(r.result.testsRun, len(r.result.failures), len(r.result.errors))
