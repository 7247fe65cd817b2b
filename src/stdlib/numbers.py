"""numbers: the numeric tower of abstract base classes (PEP 3141).

Number > Complex > Real > Rational > Integral. Each level lists the operations a numeric type
must supply (abstract) and derives a few from them; complex, float and int are registered at
their levels. The abstract methods are made by _require() from a table of names, since they
only ever raise NotImplementedError.
"""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _require(cls, methods="", properties=""):
    """Add abstract methods (and abstract read-only properties) named in the lists to cls."""
    def make(name):
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = f'{cls.__qualname__}.{name}'
        return abstractmethod(method)
    for name in methods.split():
        setattr(cls, name, make(name))
    for name in properties.split():
        setattr(cls, name, property(make(name)))
    return update_abstractmethods(cls)


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) says x is a number of some kind.
    Nothing is required of it."""
    __slots__ = ()

    # numbers that compare equal must hash equal: each concrete type decides
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts and the field operations (complex is one)."""
    __slots__ = ()

    def __bool__(self):
        """Whether self is non-zero."""
        return self != 0

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other


_require(Complex, "__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ "
                  "__rtruediv__ __pow__ __rpow__ __abs__ conjugate __eq__", "real imag")
Complex.register(complex)


class Real(Complex):
    """Numbers on the real line, ordered, with rounding, floor division and modulo (float is
    one). The Complex operations follow: imag is 0 and conjugate() is +self."""
    __slots__ = ()

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        """(self // other, self % other)."""
        quotient = self // other
        return quotient, self % other

    def __rdivmod__(self, other):
        """(other // self, other % self)."""
        quotient = other // self
        return quotient, other % self


_require(Real, "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ "
               "__mod__ __rmod__ __lt__ __le__")
Real.register(float)


class Rational(Real):
    """Ratios of integers: numerator and denominator, in lowest terms with a positive
    denominator. float() divides one by the other."""
    __slots__ = ()

    def __float__(self):
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


_require(Rational, properties="numerator denominator")


class Integral(Rational):
    """Integers: the bitwise operations, int() and __index__ (int is one). As a Rational, an
    integer is its own numerator over 1."""
    __slots__ = ()

    def __index__(self):
        """The int that slicing and indexing use."""
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


_require(Integral, "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ "
                   "__rand__ __xor__ __rxor__ __or__ __ror__ __invert__")
Integral.register(int)
