"""Module docstring.

>>> 1 + 1
2
>>> print("a\\n\\nb")
a
<BLANKLINE>
b
"""
import doctest
# Reports name this file; keep them free of the checkout's absolute path.
__file__ = __file__.rsplit('/', 1)[-1]


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add(2, 2)
    5
    >>> [add(i, i) for i in range(30)]   # doctest: +ELLIPSIS
    [0, 2, 4, ..., 58]
    >>> print(list(range(5)))   # doctest: +NORMALIZE_WHITESPACE
    [0,   1, 2,
     3, 4]
    >>> x = 5
    >>> x
    5
    """
    return a + b


class Box:
    """A box.

    >>> b = Box(3)
    >>> b.value
    3
    >>> b.missing
    Traceback (most recent call last):
      ...
    AttributeError: 'Box' object has no attribute 'missing'
    >>> int('x')    # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    """

    def __init__(self, value):
        self.value = value

    def double(self):
        """
        >>> Box(4).double()
        8
        >>> print('no output expected')
        >>> print('skipped')  # doctest: +SKIP
        nothing
        """
        return self.value * 2

    @staticmethod
    def helper():
        """>>> Box.helper()
        'h'
        """
        return 'h'

    @property
    def prop(self):
        """>>> Box(1).prop
        1
        """
        return self.value


def nothing():
    """No examples here."""


__test__ = {'extra': """
>>> 'extra' * 2
'extraextra'
"""}

if __name__ == "__main__":
    print(doctest.testmod())
    print(doctest.testmod(verbose=True))
    r = doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
    print(r, r.failed, r.attempted)
