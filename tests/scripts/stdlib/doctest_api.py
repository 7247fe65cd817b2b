import doctest
# Reports name this file; keep them free of the checkout's absolute path.
__file__ = __file__.rsplit('/', 1)[-1]
import sys

def f(x):
    """
    >>> f(1)
    2
    >>> f(2)
    3
    """
    return x + 1

def g():
    """
    >>> print('one\\ntwo\\nthree\\nfour')
    one
    two
    tree
    four
    """

def h():
    """
    >>> print('a b c')
    a  b c
    """

doctest.run_docstring_examples(f, {'f': f})
doctest.run_docstring_examples(f, {'f': f}, verbose=True, name='eff')
doctest.run_docstring_examples(g, {}, optionflags=doctest.REPORT_UDIFF)
doctest.run_docstring_examples(g, {}, optionflags=doctest.REPORT_NDIFF)
doctest.run_docstring_examples(g, {}, optionflags=doctest.REPORT_CDIFF)
doctest.run_docstring_examples(h, {})
doctest.run_docstring_examples(h, {}, optionflags=doctest.NORMALIZE_WHITESPACE, verbose=True)

p = doctest.DocTestParser()
exs = p.get_examples(">>> x = 1\n>>> x + 1\n2\n>>> raise ValueError('v')\nTraceback (most recent call last):\nValueError: v\n")
for e in exs:
    print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.indent, e.options)
t = p.get_doctest(">>> 1\n1\n", {}, 'name', 'file.txt', 7)
print(t)
print(p.get_doctest("", {}, 'empty', None, 0))
for bad in [">>>x\n", ">>> if 1:\n  ... 2\n", ">>> 1 # doctest: +BOGUS\n1\n", "  >>> 1\n  1\n x\n", "# doctest: +ELLIPSIS\n>>> 1\n1\n", ">>> # doctest: +ELLIPSIS\n"]:
    try:
        p.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)
print(doctest.script_from_examples("""Some text.
>>> x = 2
>>> x * 3
6
More text.
"""))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.register_optionflag('MINE'), doctest.register_optionflag('MINE'))
print(doctest.ELLIPSIS, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
c = doctest.OutputChecker()
print(c.check_output('1\n', 'True\n', 0), c.check_output('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1))
print(c.check_output('a...z\n', 'abcz\n', doctest.ELLIPSIS), c.check_output('a...z\n', 'abc\n', doctest.ELLIPSIS))
print(c.check_output('<BLANKLINE>\n', '\n', 0), c.check_output('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE))
fin = doctest.DocTestFinder()
mod = sys.modules['__main__']
for t in fin.find(mod):
    print(t.name, len(t.examples), t.lineno)
