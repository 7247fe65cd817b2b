import numbers
for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, sorted(c.__abstractmethods__), c.__bases__, c.__module__)
for v in [1, True, 1.5, 'x', None, 2**100]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
import fractions
print(isinstance(fractions.Fraction(1, 2), numbers.Rational), issubclass(bool, numbers.Integral))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(str(e)[:60])
print(numbers.Integral.__index__.__name__, numbers.Number.__hash__)
