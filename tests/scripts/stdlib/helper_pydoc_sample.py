"""Sample module for help.

It has a longer description
over two lines.
"""

__all__ = ['Point', 'area', 'LIMIT', 'Shape', 'Square']
__version__ = '1.2'
__author__ = 'Someone'

LIMIT = 10


class Shape:
    """Any shape."""
    __slots__ = ()
    sides = 0

    def area(self):
        """The area."""
        return 0


class Square(Shape):
    __slots__ = ('side',)

    def __init__(self, side):
        """Make a square."""
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def perimeter(self):
        """Four sides."""
        return 4 * self.side


class Point:
    __slots__ = ('x', 'y')


def area(shape, *, scale=1.0):
    """Area of a shape, scaled."""
    return shape.area() * scale


async def fetch(url):
    return url


def _hidden():
    pass
