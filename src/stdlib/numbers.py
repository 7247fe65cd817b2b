"""numbers: the numeric tower of abstract base classes (PEP 3141): Number > Complex > Real >
Rational > Integral, with int, float and bool registered as CPython registers them (complex too
when the interpreter has it). The mixin methods are those CPython's numbers module gives."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(*names):
    """Abstract methods named `names`, for a class body's namespace."""
    def make(name):
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        return abstractmethod(method)
    return {name: make(name) for name in names}


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex numbers: real, imag, conjugate and the arithmetic of complex."""
    __slots__ = ()
    locals().update(_abstract('__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__',
                              '__rmul__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__',
                              '__abs__', 'conjugate', '__eq__'))

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


class Real(Complex):
    """Real numbers: Complex plus ordering, floor/ceil/round/trunc, // and %."""
    __slots__ = ()
    locals().update(_abstract('__float__', '__trunc__', '__floor__', '__ceil__', '__round__',
                              '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

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


class Rational(Real):
    """Rational numbers: numerator and denominator."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: the bitwise operators, __int__ and __index__."""
    __slots__ = ()
    locals().update(_abstract('__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
                              '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__',
                              '__invert__'))

    def __index__(self):
        return int(self)

    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    __pow__ = abstractmethod(__pow__)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Real.register(float)
Integral.register(int)
try:
    Complex.register(complex)
except NameError:
    pass
