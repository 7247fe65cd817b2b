import doctest, unittest, sys, io
# Reports name this file; keep them free of the checkout's absolute path.
__file__ = __file__.rsplit('/', 1)[-1]
print(doctest.testfile('doctest_text_examples.txt'))
print(doctest.testfile('doctest_text_examples.txt', verbose=True, report=True))

def k():
    """
    >>> k()
    42
    >>> k() + 1
    44
    """
    return 42

class M:
    """
    >>> M().m()
    'm'
    """
    def m(self):
        return 'm'

suite = doctest.DocTestSuite(sys.modules['__main__'])
print(suite.countTestCases())
for case in suite:
    print(repr(case), case.id(), case.shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
print(result.failures[0][1].splitlines()[-1])
fs = doctest.DocFileSuite('doctest_text_examples.txt')
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(fs)
print(result.testsRun, len(result.failures))
try:
    doctest.testmod(raise_on_error=True)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e.example.source, e.got, e.test.name)
try:
    doctest.testmod('x')
except TypeError as e:
    print(e)
