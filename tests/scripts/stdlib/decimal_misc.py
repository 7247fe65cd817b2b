# Decimal odds and ends: engineering strings, rounding with round(), context helpers, hashing in sets and dicts, sums, tuples, max/min ties.
import decimal
from decimal import Decimal as D, Context
import threading
# misc api
print(D('1.23E+5').to_eng_string(), D('1E-7').to_eng_string(), D('0E+4').to_eng_string(), D('-0.000E-3').to_eng_string())
print(str(D('1E+5')), repr(D('-1.50E-10')), D(12345).__round__(-2), round(D('2.675'), 2), D('7').__pow__(2))
c = decimal.getcontext()
print(c.Etiny(), c.Etop(), c.copy() is not c, decimal.Context(prec=3).create_decimal('1.2345'))
print(decimal.Decimal('3.14') in {3.14, D('3.14')}, {D('1.0'): 'a'}[1], D(10) ** D('0.5'))
print(sum([D('0.1')] * 10), D('1') - D('0.9'), D(2).compare_signal(3), D('1.30') == D('1.3'))
print(D(1).__class__.__name__, D.__module__, type(c).__name__, decimal.DecimalTuple(0, (1,), -1))
print(isinstance(D(1), __import__('numbers').Number), D(5) // D(2), -D(5) // D(2), D(-5) % D(2), D('5.5').__trunc__())
print(D('1e5').__int__(), float(D('1.5')), complex(D(2)), D('NaN').is_nan(), D(3).is_signed(), D(1) != D(2))
print(D("0.1").as_tuple(), D("-Inf").as_tuple(), D("NaN12").as_tuple(), D('sNaN').as_tuple())
print(max(D(1), D("1.0")), min(D("-0"), D("0")), D("1.0").max(D(1)), D(1).min(D("1.0")))
