# numbers: the derived methods of Complex/Real/Rational/Integral on minimal concrete subclasses,
# abstract-method errors, registration, and the abstract methods' own behaviour via super().
import numbers


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Meters(%r)' % self.v

    def __float__(self):
        return float(self.v)

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return int(self.v // 1)

    def __ceil__(self):
        return -int(-self.v // 1)

    def __round__(self, ndigits=None):
        return round(self.v, ndigits)

    def __floordiv__(self, o):
        return Meters(self.v // getattr(o, 'v', o))

    def __rfloordiv__(self, o):
        return Meters(o // self.v)

    def __mod__(self, o):
        return Meters(self.v % getattr(o, 'v', o))

    def __rmod__(self, o):
        return Meters(o % self.v)

    def __lt__(self, o):
        return self.v < getattr(o, 'v', o)

    def __le__(self, o):
        return self.v <= getattr(o, 'v', o)

    def __add__(self, o):
        return Meters(self.v + getattr(o, 'v', o))

    def __radd__(self, o):
        return Meters(o + self.v)

    def __neg__(self):
        return Meters(-self.v)

    def __pos__(self):
        return Meters(self.v)

    def __mul__(self, o):
        return Meters(self.v * getattr(o, 'v', o))

    __rmul__ = __mul__

    def __truediv__(self, o):
        return Meters(self.v / getattr(o, 'v', o))

    def __rtruediv__(self, o):
        return Meters(o / self.v)

    def __pow__(self, o):
        return Meters(self.v ** o)

    def __rpow__(self, o):
        return Meters(o ** self.v)

    def __abs__(self):
        return Meters(abs(self.v))

    def __eq__(self, o):
        return self.v == getattr(o, 'v', o)


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, numbers.Complex), isinstance(m, numbers.Rational), hash(numbers.Number) != 0, numbers.Number.__hash__)


class Half(numbers.Rational):
    numerator = 1
    denominator = 2


try:
    Half()
except TypeError as e:
    print(str(e).split(' with ')[0])
print(numbers.Rational.__float__(Half.__new__(Half)) if False else numbers.Rational.__float__(type('R', (), {'numerator': 3, 'denominator': 4})()))
print(numbers.Integral.__index__(5), numbers.Integral.__float__(True), numbers.Integral.numerator.__get__(7), numbers.Integral.denominator.__get__(7))
for name in ('__add__', '__float__', '__int__', 'conjugate'):
    owner = next(c for c in (numbers.Complex, numbers.Real, numbers.Integral) if name in c.__dict__)
    try:
        getattr(owner, name)(1, 2) if name == '__add__' else getattr(owner, name)(1)
    except NotImplementedError as e:
        print(name, 'NotImplementedError', repr(e))
    else:
        print(name, 'returned')
try:
    numbers.Complex.real.fget(1)
except NotImplementedError:
    print('real NotImplementedError')


class MyNum:
    pass


numbers.Integral.register(MyNum)
print(issubclass(MyNum, numbers.Number), issubclass(MyNum, numbers.Real), isinstance(1j, numbers.Real), isinstance(2.0, numbers.Real))
print(sorted(numbers.Integral.__abstractmethods__ - numbers.Rational.__abstractmethods__))
