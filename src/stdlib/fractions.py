"""fractions: Fraction, an exact rational number (in lowest terms, positive denominator), made
from two integers, an int, a float, a Fraction or a string such as '3/4' or '1.25'."""

import math
import sys

__all__ = ['Fraction']


def _is_instance_of(value, module, name):
    """isinstance against a class of a module only if that module is loaded (a value of the
    class cannot exist otherwise), so fractions does not import decimal or numbers itself."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(value, getattr(loaded, name))


class Fraction:
    """numerator / denominator, exactly."""

    def __init__(self, numerator=0, denominator=None):
        if denominator is None:
            if isinstance(numerator, Fraction):
                n, d = numerator._n, numerator._d
            elif isinstance(numerator, bool) or isinstance(numerator, int):
                n, d = int(numerator), 1
            elif isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                n, d = _parse(numerator)
            elif _is_instance_of(numerator, 'decimal', 'Decimal'):
                n, d = numerator.as_integer_ratio()
            elif _is_instance_of(numerator, 'numbers', 'Rational'):
                n, d = numerator.numerator, numerator.denominator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            if not (isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction))):
                raise TypeError("both arguments should be Rational instances")
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                n, d = a._n * b._d, a._d * b._n
            else:
                n, d = numerator, denominator
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._n = n // g
        self._d = d // g

    @property
    def numerator(self):
        return self._n

    @property
    def denominator(self):
        return self._d

    def as_integer_ratio(self):
        return (self._n, self._d)

    def __repr__(self):
        return 'Fraction(%s, %s)' % (self._n, self._d)

    def __str__(self):
        return str(self._n) if self._d == 1 else '%s/%s' % (self._n, self._d)

    def __float__(self):
        return self._n / self._d

    def __int__(self):
        return -(-self._n // self._d) if self._n < 0 else self._n // self._d

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._n // self._d

    def __ceil__(self):
        return -(-self._n // self._d)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._n, self._d)
            if remainder * 2 < self._d:
                return floor
            if remainder * 2 > self._d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        if self._d == 1:
            return hash(self._n)
        return hash((self._n, self._d))

    def __bool__(self):
        return self._n != 0

    def _other(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _op(self, other, fop, ffloat, reverse=False):
        o = self._other(other)
        if o is not None:
            return fop(o, self) if reverse else fop(self, o)
        if isinstance(other, float):
            return ffloat(other, float(self)) if reverse else ffloat(float(self), other)
        return NotImplemented

    def __add__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._d + b._n * a._d, a._d * b._d), lambda a, b: a + b)

    def __radd__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._d + b._n * a._d, a._d * b._d), lambda a, b: a + b, True)

    def __sub__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._d - b._n * a._d, a._d * b._d), lambda a, b: a - b)

    def __rsub__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._d - b._n * a._d, a._d * b._d), lambda a, b: a - b, True)

    def __mul__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._n, a._d * b._d), lambda a, b: a * b)

    def __rmul__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._n, a._d * b._d), lambda a, b: a * b, True)

    def __truediv__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._d, a._d * b._n), lambda a, b: a / b)

    def __rtruediv__(self, other):
        return self._op(other, lambda a, b: Fraction(a._n * b._d, a._d * b._n), lambda a, b: a / b, True)

    def __floordiv__(self, other):
        return self._op(other, lambda a, b: (a._n * b._d) // (a._d * b._n), lambda a, b: a // b)

    def __mod__(self, other):
        return self._op(other, lambda a, b: Fraction((a._n * b._d) % (b._n * a._d), a._d * b._d), lambda a, b: a % b)

    def __pow__(self, power):
        if isinstance(power, int):
            if power >= 0:
                return Fraction(self._n ** power, self._d ** power)
            return Fraction(self._d ** -power, self._n ** -power)
        return float(self) ** power

    def __neg__(self):
        return Fraction(-self._n, self._d)

    def __pos__(self):
        return self

    def __abs__(self):
        return Fraction(abs(self._n), self._d)

    def _cmp(self, other, op):
        o = self._other(other)
        if o is not None:
            return op(self._n * o._d, o._n * self._d)
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._d <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._n, self._d
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._d:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)


def _parse(text):
    s = text.strip()
    try:
        if '/' in s:
            num, den = s.split('/')
            return int(num), int(den)
        if 'e' in s or 'E' in s:
            return float(s).as_integer_ratio()
        sign = -1 if s.startswith('-') else 1
        s = s.lstrip('+-')
        if '.' in s:
            whole, frac = s.split('.')
            return sign * int((whole or '0') + frac), 10 ** len(frac)
        return sign * int(s), 1
    except ValueError:
        raise ValueError('Invalid literal for Fraction: %r' % text) from None


# Fraction is a Rational, as CPython's (registered rather than inherited: the same isinstance answers).
import numbers as _numbers
_numbers.Rational.register(Fraction)
