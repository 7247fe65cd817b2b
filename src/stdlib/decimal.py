"""decimal: General Decimal Arithmetic for gilpy, behaving as CPython 3.11's decimal module.

Written for gilpy on its arbitrary-precision ints (no crate matches the specification's
contexts, signals and rounding at arbitrary precision). A finite Decimal is a sign, an integer
coefficient and a power-of-ten exponent; every operation is computed exactly (or, for the
transcendental functions, to enough extra digits that one rounding is certain) and then
rounded once by `_finish` under the context: precision, rounding mode, exponent limits, clamp.
Conditions raised along the way set the context's flags; trapped ones raise, with the
`[<class 'decimal.X'>]` argument list CPython's C module uses.
"""

import math as _math
import numbers as _numbers
import sys as _sys

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    __module__ = "decimal"


class Clamped(DecimalException):
    __module__ = "decimal"


class InvalidOperation(DecimalException):
    __module__ = "decimal"


class ConversionSyntax(InvalidOperation):
    __module__ = "decimal"


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = "decimal"


class DivisionImpossible(InvalidOperation):
    __module__ = "decimal"


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = "decimal"


class Inexact(DecimalException):
    __module__ = "decimal"


class InvalidContext(InvalidOperation):
    __module__ = "decimal"


class Rounded(DecimalException):
    __module__ = "decimal"


class Subnormal(DecimalException):
    __module__ = "decimal"


class Overflow(Inexact, Rounded):
    __module__ = "decimal"


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = "decimal"


class FloatOperation(DecimalException, TypeError):
    __module__ = "decimal"


# The signals in the order flags and traps dicts list them, and in the order a raised
# exception lists the trapped conditions.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# The order Context.__repr__ prints them in.
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)


_SIGNAL_KEYS = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]")
_ROUNDING_ERROR = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx.rounding
    if rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_ERROR)
    return rounding


class _SignalDict(dict):
    """A context's flags or traps: signal -> bool, refusing keys that are not signals."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_KEYS)
        dict.__setitem__(self, key, bool(value))

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_KEYS)
        return dict.__getitem__(self, key)

    def __repr__(self):
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (k.__name__, self.get(k)) for k in _SIGNALS) + "}"

    def copy(self):
        return _SignalDict(self)


def _signal_dict(chosen):
    d = _SignalDict()
    for s in _SIGNALS:
        dict.__setitem__(d, s, False)
    if isinstance(chosen, dict):
        for s, on in chosen.items():
            d[s] = on
    elif chosen:
        for s in chosen:
            d[s] = True
    return d


# ---------------------------------------------------------------- the number

_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3


def _digits(n):
    """The number of decimal digits of a non-negative int (1 for 0)."""
    if n < 10:
        return 1
    guess = (n.bit_length() * 1233) >> 12
    if n >= 10 ** guess:
        guess += 1
    return max(guess, 1)


def _make(sign, coeff, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._s = sign
    d._c = coeff
    d._e = exp
    d._k = kind
    return d


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""
    __module__ = "decimal"
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % self


def _parse(text):
    """(sign, coeff, exp, kind) of a numeric string, or None when it is not one."""
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, 0, _INF
    for prefix, kind in (("snan", _SNAN), ("nan", _QNAN)):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii() or _all_digits(payload)):
                return None
            return sign, _to_int(payload) if payload else 0, 0, kind
    mant, _, exp_text = low.partition("e")
    exp = 0
    if _ or "e" in low:
        if not exp_text:
            return None
        e_sign = 1
        if exp_text[0] in "+-":
            e_sign = -1 if exp_text[0] == "-" else 1
            exp_text = exp_text[1:]
        if not exp_text or not _all_digits(exp_text):
            return None
        exp = e_sign * _to_int(exp_text)
    whole, dot, frac = mant.partition(".")
    if not whole and not frac:
        return None
    if (whole and not _all_digits(whole)) or (frac and not _all_digits(frac)):
        return None
    digits = whole + frac
    return sign, _to_int(digits), exp - len(frac), _FINITE


def _all_digits(s):
    for ch in s:
        if not ch.isdigit():
            return False
    return True


def _to_int(s):
    if s.isascii():
        return int(s)
    return int("".join(str(int(ch)) for ch in s))


class Decimal(object):
    """Decimal(value="0", context=None): a floating-point decimal number."""
    __module__ = "decimal"
    __slots__ = ("_s", "_c", "_e", "_k")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        ctx = context if context is not None else getcontext()
        if isinstance(value, Decimal):
            parts = (value._s, value._c, value._e, value._k)
        elif isinstance(value, bool) or isinstance(value, int):
            parts = (1 if value < 0 else 0, abs(int(value)), 0, _FINITE)
        elif isinstance(value, str):
            parts = _parse(value)
            if parts is None:
                ans = ctx._raise(ConversionSyntax, "invalid literal for Decimal")
                parts = (ans._s, ans._c, ans._e, ans._k)
            elif parts[3] in (_QNAN, _SNAN) and _digits(parts[1]) > ctx.prec - ctx.clamp and parts[1]:
                ans = ctx._raise(ConversionSyntax, "diagnostic info too long in NaN")
                parts = (ans._s, ans._c, ans._e, ans._k)
        elif isinstance(value, float):
            ctx._flag_float()
            f = _from_float(value)
            parts = (f._s, f._c, f._e, f._k)
        elif isinstance(value, (tuple, list)):
            parts = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        self = object.__new__(cls)
        self._s, self._c, self._e, self._k = parts
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # --- basic queries
    def _is_nan(self):
        return self._k >= _QNAN

    def is_nan(self):
        return self._k >= _QNAN

    def is_qnan(self):
        return self._k == _QNAN

    def is_snan(self):
        return self._k == _SNAN

    def is_infinite(self):
        return self._k == _INF

    def is_finite(self):
        return self._k == _FINITE

    def is_signed(self):
        return self._s == 1

    def is_zero(self):
        return self._k == _FINITE and self._c == 0

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = _ctx(context)
        return self._k == _FINITE and self._c != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        return self._k == _FINITE and self._c != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        if self._k != _FINITE:
            return 0
        return self._e + _digits(self._c) - 1

    def canonical(self):
        return self

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._k == _SNAN:
            return "sNaN"
        if self._k == _QNAN:
            return "NaN"
        sign = "-" if self._s else "+"
        if self._k == _INF:
            return sign + "Infinity"
        if self._c == 0:
            return sign + "Zero"
        if self.adjusted() < ctx.Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    def as_tuple(self):
        if self._k == _INF:
            return DecimalTuple(self._s, (0,), "F")
        digits = tuple(int(ch) for ch in str(self._c)) if (self._c or self._k == _FINITE) else ()
        if self._k == _QNAN:
            return DecimalTuple(self._s, digits, "n")
        if self._k == _SNAN:
            return DecimalTuple(self._s, digits, "N")
        return DecimalTuple(self._s, digits, self._e)

    def as_integer_ratio(self):
        if self._k == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._k != _FINITE:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._c == 0:
            return 0, 1
        n = self._c
        if self._e >= 0:
            n *= 10 ** self._e
            d = 1
        else:
            d = 10 ** -self._e
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._s else n), d

    # --- text
    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        ctx = context if context is not None else getcontext()
        return _to_text(self, eng, ctx.capitals)

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __format__(self, spec, _locale=None):
        return _format(self, spec)

    # --- conversions
    def __bool__(self):
        return self._k != _FINITE or self._c != 0

    def __int__(self):
        if self._k >= _QNAN:
            raise ValueError("cannot convert NaN to integer")
        if self._k == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._e >= 0:
            n = self._c * 10 ** self._e
        else:
            n = self._c // 10 ** -self._e
        return -n if self._s else n

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._k >= _QNAN:
            if self._k == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan" if self._s else "nan")
        return float(self.__str__(context=_PLAIN_CONTEXT))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        return self._integral_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral_int(ROUND_CEILING)

    def _integral_int(self, rounding):
        if self._k >= _QNAN:
            raise ValueError("cannot round a NaN")
        if self._k == _INF:
            raise OverflowError("cannot round an infinity")
        return int(_rescale(self, 0, rounding)[0])

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_make(0, 1, -n))
        if self._k >= _QNAN:
            raise ValueError("cannot convert NaN to integer")
        if self._k == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        return int(_rescale(self, 0, ROUND_HALF_EVEN)[0])

    # --- hashing and comparison
    def __hash__(self):
        if self._k == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._k == _QNAN:
            return object.__hash__(self)
        if self._k == _INF:
            return -314159 if self._s else 314159
        modulus = _MODULUS
        if self._e >= 0:
            scale = pow(10, self._e, modulus)
        else:
            scale = pow(_TEN_INVERSE, -self._e, modulus)
        h = self._c * scale % modulus
        h = -h if self._s else h
        return -2 if h == -1 else h

    def _cmp_value(self, other, op):
        """other as a Decimal for a comparison (None: NotImplemented)."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            getcontext()._flag_float(op not in ("eq", "ne"))
            return _from_float(other)
        if isinstance(other, complex) and op in ("eq", "ne") and other.imag == 0:
            getcontext()._flag_float(False)
            return _from_float(other.real)
        if isinstance(other, _numbers.Rational) and not isinstance(other, _numbers.Integral):
            return other
        return None

    def _rich(self, other, op):
        o = self._cmp_value(other, op)
        if o is None:
            if op not in ("eq", "ne") and type(other) in _FOREIGN:
                symbol = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[op]
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                                % (symbol, type(other).__name__))
            return NotImplemented
        if not isinstance(o, Decimal):
            # A Fraction: compare exactly via the scaled numerator.
            if self._k != _FINITE:
                if self._k >= _QNAN:
                    return op == "ne"
                c = -1 if self._s else 1
            else:
                n, d = self.as_integer_ratio()
                left = n * o.denominator
                right = o.numerator * d
                c = (left > right) - (left < right)
            return _op_result(c, op)
        if self._k >= _QNAN or o._k >= _QNAN:
            if op in ("eq", "ne"):
                if self._k == _SNAN or o._k == _SNAN:
                    getcontext()._raise(InvalidOperation, "comparison with sNaN")
                return op == "ne"
            getcontext()._raise(InvalidOperation, "comparison involving NaN")
            return False
        return _op_result(_compare(self, o), op)

    def __eq__(self, other):
        return self._rich(other, "eq")

    def __ne__(self, other):
        return self._rich(other, "ne")

    def __lt__(self, other):
        return self._rich(other, "lt")

    def __le__(self, other):
        return self._rich(other, "le")

    def __gt__(self, other):
        return self._rich(other, "gt")

    def __ge__(self, other):
        return self._rich(other, "ge")

    def compare(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        return Decimal(_compare(self, other))

    def compare_signal(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other, True)
        if self._k >= _QNAN or other._k >= _QNAN:
            return ctx._raise(InvalidOperation, "compare_signal with NaN")
        return Decimal(_compare(self, other))

    def compare_total(self, other, context=None):
        other = _operand(other, True)
        return Decimal(_total_order(self, other))

    def compare_total_mag(self, other, context=None):
        other = _operand(other, True)
        return Decimal(_total_order(self.copy_abs(), other.copy_abs()))

    # --- sign
    def copy_abs(self):
        return _make(0, self._c, self._e, self._k)

    def copy_negate(self):
        return _make(1 - self._s, self._c, self._e, self._k)

    def copy_sign(self, other, context=None):
        other = _operand(other, True)
        return _make(other._s, self._c, self._e, self._k)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        if self._k == _FINITE and self._c == 0 and ctx.rounding != ROUND_FLOOR:
            return _finish(_make(0, 0, self._e), ctx)
        return _finish(self.copy_negate(), ctx)

    def __pos__(self, context=None):
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        if self._k == _FINITE and self._c == 0 and ctx.rounding != ROUND_FLOOR:
            return _finish(_make(0, 0, self._e), ctx)
        return _finish(self, ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        return _finish(self.copy_abs(), ctx)

    # --- arithmetic
    def __add__(self, other, context=None):
        other = _operand(other, op='+', reflected=False)
        if other is NotImplemented:
            return other
        return _add(self, other, _ctx(context))

    def __radd__(self, other, context=None):
        other = _operand(other, op='+', reflected=True)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context))

    def __sub__(self, other, context=None):
        other = _operand(other, op='-', reflected=False)
        if other is NotImplemented:
            return other
        return _add(self, other, _ctx(context), negate=True)

    def __rsub__(self, other, context=None):
        other = _operand(other, op='-', reflected=True)
        if other is NotImplemented:
            return other
        return _add(other, self, _ctx(context), negate=True)

    def __mul__(self, other, context=None):
        other = _operand(other, op="*")
        if other is NotImplemented:
            return other
        return _mul(self, other, _ctx(context))

    def __rmul__(self, other, context=None):
        other = _operand(other, op="*", reflected=True)
        if other is NotImplemented:
            return other
        return _mul(other, self, _ctx(context))

    def __truediv__(self, other, context=None):
        other = _operand(other, op='/', reflected=False)
        if other is NotImplemented:
            return other
        return _div(self, other, _ctx(context))

    def __rtruediv__(self, other, context=None):
        other = _operand(other, op='/', reflected=True)
        if other is NotImplemented:
            return other
        return _div(other, self, _ctx(context))

    def __divmod__(self, other, context=None):
        other = _operand(other, op='divmod()', reflected=False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context))

    def __rdivmod__(self, other, context=None):
        other = _operand(other, op='divmod()', reflected=True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context))

    def __floordiv__(self, other, context=None):
        other = _operand(other, op='//', reflected=False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), want=0)

    def __rfloordiv__(self, other, context=None):
        other = _operand(other, op='//', reflected=True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), want=0)

    def __mod__(self, other, context=None):
        other = _operand(other, op='%', reflected=False)
        if other is NotImplemented:
            return other
        return _divmod(self, other, _ctx(context), want=1)

    def __rmod__(self, other, context=None):
        other = _operand(other, op='%', reflected=True)
        if other is NotImplemented:
            return other
        return _divmod(other, self, _ctx(context), want=1)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other, op='** or pow()', reflected=False)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _operand(modulo)
            if modulo is NotImplemented:
                return modulo
            return _powmod(self, other, modulo, _ctx(context))
        return _power(self, other, _ctx(context))

    def __rpow__(self, other, context=None):
        other = _operand(other, op='** or pow()', reflected=True)
        if other is NotImplemented:
            return other
        return _power(other, self, _ctx(context))

    def remainder_near(self, other, context=None):
        return _remainder_near(self, _operand(other, True), _ctx(context))

    def fma(self, other, third, context=None):
        ctx = _ctx(context)
        other = _operand(other, True)
        third = _operand(third, True)
        if self._k == _SNAN or other._k == _SNAN or third._k == _SNAN or (
                self._k >= _QNAN or other._k >= _QNAN):
            nan = _nan_result(self, other, ctx)
            if nan is not None:
                return nan
        if self._k == _FINITE and other._k == _FINITE:
            product = _make(self._s ^ other._s, self._c * other._c, self._e + other._e)
        else:
            unbounded = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
            product = _mul(self, other, unbounded)
            if product._k >= _QNAN:
                return ctx._raise(InvalidOperation, "INF * 0 in fma")
        return _add(product, third, ctx)

    # --- rounding to an exponent
    def quantize(self, exp, rounding=None, context=None):
        ctx = _ctx(context)
        exp = _operand(exp, True)
        rounding = _rounding_arg(rounding, ctx)
        if self._k >= _QNAN or exp._k >= _QNAN:
            return _nan_result(self, exp, ctx)
        if self._k == _INF or exp._k == _INF:
            if self._k == _INF and exp._k == _INF:
                return Decimal(self)
            return ctx._raise(InvalidOperation, "quantize with one INF")
        target = exp._e
        if not (ctx.Etiny() <= target <= ctx.Emax):
            return ctx._raise(InvalidOperation, "target exponent out of bounds in quantize")
        if self._c == 0:
            return _finish(_make(self._s, 0, target), ctx)
        if self.adjusted() > ctx.Emax:
            return ctx._raise(InvalidOperation, "exponent of quantize result too large for current context")
        if self.adjusted() - target + 1 > ctx.prec:
            return ctx._raise(InvalidOperation, "quantize result has too many digits for current context")
        ans, inexact = _rescale(self, target, rounding)
        if ans.adjusted() > ctx.Emax or _digits(ans._c) > ctx.prec:
            return ctx._raise(InvalidOperation, "exponent of quantize result too large for current context")
        if ans._c and ans.adjusted() < ctx.Emin:
            ctx._signal(Subnormal)
        if inexact:
            if ans._c and ans.adjusted() < ctx.Emin:
                ctx._signal(Underflow)
            ctx._signal(Inexact)
        if ans._e > self._e and (inexact or ans._e != self._e):
            if inexact or _digits(self._c) > 0 and self._e < target:
                ctx._signal(Rounded)
        ctx._check()
        return ans

    def same_quantum(self, other, context=None):
        other = _operand(other, True)
        if self._k != _FINITE or other._k != _FINITE:
            return (self._k >= _QNAN and other._k >= _QNAN) or (self._k == _INF and other._k == _INF)
        return self._e == other._e

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        if self._k == _INF or self._e >= 0:
            return Decimal(self)
        return _rescale(self, 0, _rounding_arg(rounding, ctx))[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        if self._k == _INF or self._e >= 0:
            return Decimal(self)
        ans, inexact = _rescale(self, 0, _rounding_arg(rounding, ctx))
        if inexact:
            ctx._signal(Inexact)
        if self._c:
            ctx._signal(Rounded)
        ctx._check()
        return ans

    def normalize(self, context=None):
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        ans = _finish(self, ctx)
        if ans._k != _FINITE:
            return ans
        if ans._c == 0:
            return _make(ans._s, 0, 0)
        c, e = ans._c, ans._e
        top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _make(ans._s, c, e)

    def scaleb(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        if other._k != _FINITE or other._e != 0:
            return ctx._raise(InvalidOperation, "scaleb needs an integral exponent")
        limit = 2 * (ctx.Emax + ctx.prec)
        n = int(other)
        if not -limit <= n <= limit:
            return ctx._raise(InvalidOperation, "scaleb argument too large")
        if self._k == _INF:
            return Decimal(self)
        return _finish(_make(self._s, self._c, self._e + n), ctx)

    def shift(self, other, context=None):
        return _shift_rotate(self, other, _ctx(context), False)

    def rotate(self, other, context=None):
        return _shift_rotate(self, other, _ctx(context), True)

    def logb(self, context=None):
        ctx = _ctx(context)
        if self._k >= _QNAN:
            return _nan_result(self, None, ctx)
        if self._k == _INF:
            return _make(0, 0, 0, _INF)
        if self._c == 0:
            return ctx._raise(DivisionByZero, "logb(0)", sign=1)
        return _finish(Decimal(self.adjusted()), ctx)

    def max(self, other, context=None):
        return _minmax(self, _operand(other, True), _ctx(context), True, False)

    def min(self, other, context=None):
        return _minmax(self, _operand(other, True), _ctx(context), False, False)

    def max_mag(self, other, context=None):
        return _minmax(self, _operand(other, True), _ctx(context), True, True)

    def min_mag(self, other, context=None):
        return _minmax(self, _operand(other, True), _ctx(context), False, True)

    def next_plus(self, context=None):
        return _next(self, _ctx(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx(context), -1)

    def next_toward(self, other, context=None):
        ctx = _ctx(context)
        other = _operand(other, True)
        nan = _nan_result(self, other, ctx)
        if nan is not None:
            return nan
        c = _compare(self, other)
        if c == 0:
            return self.copy_sign(other)
        ans = _next(self, ctx, -1 if c > 0 else 1)
        if ans._k == _INF:
            ctx._signal(Overflow)
            ctx._signal(Inexact)
            ctx._signal(Rounded)
        elif ans._k == _FINITE and ans.adjusted() < ctx.Emin:
            ctx._signal(Underflow)
            ctx._signal(Subnormal)
            ctx._signal(Inexact)
            ctx._signal(Rounded)
            if ans._c == 0:
                ctx._signal(Clamped)
        ctx._check()
        return ans

    # --- functions
    def sqrt(self, context=None):
        return _sqrt(self, _ctx(context))

    def exp(self, context=None):
        return _exp(self, _ctx(context))

    def ln(self, context=None):
        return _ln(self, _ctx(context), False)

    def log10(self, context=None):
        return _ln(self, _ctx(context), True)

    # --- logical operations on digit strings of 0s and 1s
    def _logical(self, other, ctx, fn):
        other = _operand(other, True)
        for d in (self, other):
            if d._k != _FINITE or d._s or d._e != 0 or set(str(d._c)) - {"0", "1"}:
                return ctx._raise(InvalidOperation, "invalid logical operand")
        a = str(self._c).rjust(ctx.prec, "0")[-ctx.prec:]
        b = str(other._c).rjust(ctx.prec, "0")[-ctx.prec:]
        return Decimal(int("".join(str(fn(int(x), int(y))) for x, y in zip(a, b)) or "0"))

    def logical_and(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return self._logical(other, _ctx(context), lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return self._logical(Decimal(int("1" * ctx.prec)), ctx, lambda x, y: x ^ y)

    def radix(self):
        return Decimal(10)

    # --- copying and pickling
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


_MODULUS = (1 << 61) - 1
_TEN_INVERSE = pow(10, _MODULUS - 2, _MODULUS)


def _op_result(c, op):
    if op == "eq":
        return c == 0
    if op == "ne":
        return c != 0
    if op == "lt":
        return c < 0
    if op == "le":
        return c <= 0
    if op == "gt":
        return c > 0
    return c >= 0


def _from_float(f):
    if f != f:
        return _make(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN)
    if f in (float("inf"), float("-inf")):
        return _make(1 if f < 0 else 0, 0, 0, _INF)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k
    return _make(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return sign, 0, 0, _INF
    coeff = 0
    for dgt in digits:
        if not isinstance(dgt, int) or not 0 <= dgt <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + dgt
    if exp == "n":
        return sign, coeff, 0, _QNAN
    if exp == "N":
        return sign, coeff, 0, _SNAN
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return sign, coeff, exp, _FINITE


# Built-in types that know nothing of Decimal: an operator with one of them fails at once,
# naming the type as CPython's C module does ('decimal.Decimal').
_FOREIGN = (float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None))


def _operand(x, strict=False, op=None, reflected=False):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)
    if op is not None and type(x) in _FOREIGN:
        names = (type(x).__name__, "decimal.Decimal") if reflected else ("decimal.Decimal", type(x).__name__)
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % ((op,) + names))
    return NotImplemented


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _compare(a, b):
    """-1, 0 or 1 for two non-NaN values."""
    if a._k == _INF or b._k == _INF:
        va = 0 if a._k != _INF else (-1 if a._s else 1)
        vb = 0 if b._k != _INF else (-1 if b._s else 1)
        if va or vb:
            if va == vb:
                return 0
            if va and vb:
                return -1 if va < vb else 1
            if va:
                return va
            return -vb
    if a._c == 0 and b._c == 0:
        return 0
    if a._c == 0:
        return 1 if b._s else -1
    if b._c == 0:
        return -1 if a._s else 1
    if a._s != b._s:
        return -1 if a._s else 1
    aa = a.adjusted()
    ab = b.adjusted()
    if aa != ab:
        c = 1 if aa > ab else -1
    else:
        e = min(a._e, b._e)
        x = a._c * 10 ** (a._e - e)
        y = b._c * 10 ** (b._e - e)
        c = (x > y) - (x < y)
    return -c if a._s else c


def _total_order(a, b):
    if a._s != b._s:
        return -1 if a._s else 1
    flip = -1 if a._s else 1

    def rank(d):
        return {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}[d._k]
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return flip * (1 if ra > rb else -1)
    if a._k >= _QNAN:
        return flip * ((a._c > b._c) - (a._c < b._c))
    if a._k == _INF:
        return 0
    c = _compare(a.copy_abs(), b.copy_abs())
    if c == 0:
        c = (a._e > b._e) - (a._e < b._e)
    return flip * c


def _nan_result(a, b, ctx):
    """The result when an operand is a NaN (None when neither is)."""
    for d in (a, b):
        if d is not None and d._k == _SNAN:
            ctx._raise(InvalidOperation, "sNaN")
            return _fit_nan(_make(d._s, d._c, 0, _QNAN), ctx)
    for d in (a, b):
        if d is not None and d._k == _QNAN:
            return _fit_nan(d, ctx)
    return None


def _fit_nan(d, ctx):
    limit = ctx.prec - ctx.clamp
    if d._c and _digits(d._c) > limit:
        return _make(d._s, d._c % 10 ** limit if limit > 0 else 0, 0, _QNAN)
    return d


def _round_off(sign, c, drop, rounding):
    """c with its last `drop` digits removed under `rounding`, and whether any removed digit
    was non-zero."""
    if drop <= 0:
        return c * 10 ** (-drop), False
    q, r = divmod(c, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _rescale(d, exp, rounding):
    """d at exponent `exp` (a finite d), rounding as needed: (Decimal, inexact)."""
    if d._k != _FINITE:
        return d, False
    c, inexact = _round_off(d._s, d._c, exp - d._e, rounding)
    return _make(d._s, c, exp), inexact


def _overflow_result(sign, ctx):
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _make(sign, 0, 0, _INF)
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _finish(d, ctx, exact=True):
    """d rounded and range-checked under ctx, with its conditions signalled (raising if trapped).
    `exact` False adds Inexact/Rounded for a result known to be approximate already."""
    if d._k != _FINITE:
        ctx._check()
        return d
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    sign, c, e = d._s, d._c, d._e
    if c == 0:
        top = etop if ctx.clamp else ctx.Emax
        ne = min(max(e, etiny), top)
        if ne != e:
            ctx._signal(Clamped)
        ctx._check()
        return d if ne == e else _make(sign, 0, ne)
    n = _digits(c)
    adj = e + n - 1
    if adj > ctx.Emax and n <= prec and not ctx.clamp:
        ctx._signal(Overflow)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        ctx._check()
        return _overflow_result(sign, ctx)
    subnormal = adj < ctx.Emin
    new_e = max(e, e + n - prec)
    if subnormal:
        new_e = max(new_e, etiny)
    rounded = not exact
    inexact = not exact
    if new_e > e:
        c, lost = _round_off(sign, c, new_e - e, ctx.rounding)
        inexact = inexact or lost
        rounded = True
        e = new_e
        if _digits(c) > prec:
            c //= 10
            e += 1
    if c and e + _digits(c) - 1 > ctx.Emax:
        ctx._signal(Overflow)
        ctx._signal(Inexact)
        ctx._signal(Rounded)
        ctx._check()
        return _overflow_result(sign, ctx)
    if subnormal:
        ctx._signal(Subnormal)
        if inexact:
            ctx._signal(Underflow)
            if c == 0:
                ctx._signal(Clamped)
    if inexact:
        ctx._signal(Inexact)
    if rounded:
        ctx._signal(Rounded)
    if ctx.clamp and c and e > etop:
        c *= 10 ** (e - etop)
        e = etop
        ctx._signal(Clamped)
    ctx._check()
    return _make(sign, c, e)


def _add(a, b, ctx, negate=False):
    if negate:
        b = b.copy_negate() if b._k < _QNAN else b
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        ctx._check()
        return nan
    if a._k == _INF or b._k == _INF:
        if a._k == _INF and b._k == _INF and a._s != b._s:
            return ctx._raise(InvalidOperation, "-INF + INF")
        return Decimal(a if a._k == _INF else b)
    if a._c == 0 and b._c == 0:
        sign = a._s & b._s if ctx.rounding != ROUND_FLOOR else a._s | b._s
        return _finish(_make(sign, 0, min(a._e, b._e)), ctx)
    if a._c == 0:
        e = min(a._e, b._e)
        return _finish(_make(b._s, b._c * 10 ** (b._e - e), e), ctx)
    if b._c == 0:
        e = min(a._e, b._e)
        return _finish(_make(a._s, a._c * 10 ** (a._e - e), e), ctx)
    # A far smaller operand only decides the rounding: keep it as one sticky digit.
    if a._e < b._e:
        a, b = b, a
    big_adj = a._e + _digits(a._c) - 1
    floor_e = min(a._e, big_adj - ctx.prec - 2)
    if b._e + _digits(b._c) < floor_e:
        b = _make(b._s, 1, floor_e - 1)
    e = min(a._e, b._e)
    x = a._c * 10 ** (a._e - e)
    y = b._c * 10 ** (b._e - e)
    x = -x if a._s else x
    y = -y if b._s else y
    total = x + y
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(_make(sign, 0, e), ctx)
    return _finish(_make(1 if total < 0 else 0, abs(total), e), ctx)


def _mul(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        ctx._check()
        return nan
    sign = a._s ^ b._s
    if a._k == _INF or b._k == _INF:
        if (a._k == _FINITE and a._c == 0) or (b._k == _FINITE and b._c == 0):
            return ctx._raise(InvalidOperation, "0 * INF")
        return _make(sign, 0, 0, _INF)
    return _finish(_make(sign, a._c * b._c, a._e + b._e), ctx)


def _div(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        ctx._check()
        return nan
    sign = a._s ^ b._s
    if a._k == _INF:
        if b._k == _INF:
            return ctx._raise(InvalidOperation, "(+-)INF/(+-)INF")
        return _make(sign, 0, 0, _INF)
    if b._k == _INF:
        ctx._signal(Clamped)
        return _finish(_make(sign, 0, ctx.Etiny()), ctx)
    if b._c == 0:
        if a._c == 0:
            return ctx._raise(DivisionUndefined, "0 / 0")
        return ctx._raise(DivisionByZero, "x / 0", sign=sign)
    ideal = a._e - b._e
    if a._c == 0:
        return _finish(_make(sign, 0, ideal), ctx)
    shift = _digits(b._c) - _digits(a._c) + ctx.prec + 1
    e = ideal - shift
    if shift >= 0:
        q, r = divmod(a._c * 10 ** shift, b._c)
    else:
        q, r = divmod(a._c, b._c * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _finish(_make(sign, q, e), ctx)


def _divmod(a, b, ctx, want=2):
    """Integer division and remainder (want: 0 quotient, 1 remainder, 2 both)."""
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        ctx._check()
        return (nan, nan) if want == 2 else nan
    sign = a._s ^ b._s
    if a._k == _INF:
        if b._k == _INF:
            r = ctx._raise(InvalidOperation, "divmod(INF, INF)")
            return (r, r) if want == 2 else r
        if want == 1:
            return ctx._raise(InvalidOperation, "INF % x")
        q = _make(sign, 0, 0, _INF)
        if want == 0:
            return q
        return q, ctx._raise(InvalidOperation, "INF % x")
    if b._k == _INF:
        q = _make(sign, 0, 0)
        if want == 0:
            return q
        r = _finish(a, ctx)
        return q if want == 0 else r if want == 1 else (q, r)
    if b._c == 0:
        if a._c == 0:
            r = ctx._raise(DivisionUndefined, "divmod(0, 0)")
            return (r, r) if want == 2 else r
        if want == 1:
            return ctx._raise(InvalidOperation, "x % 0")
        q = ctx._raise(DivisionByZero, "x // 0", sign=sign)
        if want == 0:
            return q
        return q, ctx._raise(InvalidOperation, "x % 0")
    e = min(a._e, b._e)
    x = a._c * 10 ** (a._e - e)
    y = b._c * 10 ** (b._e - e)
    q, r = divmod(x, y)
    if _digits(q) > ctx.prec and q:
        bad = ctx._raise(DivisionImpossible, "quotient too large in //, % or divmod")
        return (bad, bad) if want == 2 else bad
    quotient = _make(sign, q, 0)
    remainder = _make(a._s, r, e)
    if want == 0:
        return _finish(quotient, ctx)
    if want == 1:
        return _finish(remainder, ctx)
    return _finish(quotient, ctx), _finish(remainder, ctx)


def _remainder_near(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        return nan
    if a._k == _INF:
        return ctx._raise(InvalidOperation, "remainder_near(INF, x)")
    if b._k == _INF:
        return _finish(a, ctx)
    if b._c == 0:
        if a._c == 0:
            return ctx._raise(DivisionUndefined, "remainder_near(0, 0)")
        return ctx._raise(InvalidOperation, "remainder_near(x, 0)")
    e = min(a._e, b._e)
    x = a._c * 10 ** (a._e - e)
    y = b._c * 10 ** (b._e - e)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q & 1):
        r -= y
        q += 1
    if _digits(q) > ctx.prec:
        return ctx._raise(DivisionImpossible, "quotient too large in remainder_near")
    sign = a._s
    if r < 0:
        sign = 1 - sign
        r = -r
    return _finish(_make(sign, r, e), ctx)


def _minmax(a, b, ctx, want_max, by_mag):
    if a._k >= _QNAN or b._k >= _QNAN:
        if a._k == _SNAN or b._k == _SNAN:
            return _nan_result(a, b, ctx)
        if a._k == _QNAN and b._k == _QNAN:
            return _fit_nan(a, ctx)
        return _finish(b if a._k == _QNAN else a, ctx)
    x, y = (a.copy_abs(), b.copy_abs()) if by_mag else (a, b)
    c = _compare(x, y)
    if c == 0:
        c = _total_order(a, b)
    if want_max:
        pick = a if c >= 0 else b
    else:
        pick = a if c <= 0 else b
    return _finish(pick, ctx)


def _next(d, ctx, direction):
    if d._k >= _QNAN:
        return _nan_result(d, None, ctx)
    if d._k == _INF:
        if (d._s == 0) == (direction > 0):
            return Decimal(d)
        return _make(d._s, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    work = ctx.copy()
    work.traps = {s: False for s in _SIGNALS}
    work.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    first = _finish(d, work)
    if first._k != _FINITE or _compare(first, d) != 0:
        return first
    tiny = _make(0 if direction > 0 else 1, 1, ctx.Etiny() - 1)
    return _add(d, tiny, work)


def _shift_rotate(d, other, ctx, rotate):
    other = _operand(other, True)
    nan = _nan_result(d, other, ctx)
    if nan is not None:
        return nan
    if other._k != _FINITE or other._e != 0 or not -ctx.prec <= int(other) <= ctx.prec:
        return ctx._raise(InvalidOperation, "shift/rotate amount")
    if d._k == _INF:
        return Decimal(d)
    n = int(other)
    text = str(d._c).rjust(ctx.prec, "0")[-ctx.prec:]
    if rotate:
        n %= ctx.prec
        text = text[n:] + text[:n]
    elif n >= 0:
        text = (text + "0" * n)[-ctx.prec:]
    else:
        text = ("0" * -n + text)[:ctx.prec]
    return _make(d._s, int(text), d._e)


# ---------------------------------------------------------------- powers and functions

def _isqrt(n):
    return _math.isqrt(n)


def _sqrt(d, ctx):
    if d._k >= _QNAN:
        return _nan_result(d, None, ctx)
    if d._k == _INF:
        if d._s:
            return ctx._raise(InvalidOperation, "sqrt(-INF)")
        return Decimal(d)
    ideal = d._e // 2
    if d._c == 0:
        return _finish(_make(d._s, 0, ideal), ctx)
    if d._s:
        return ctx._raise(InvalidOperation, "sqrt(-x), x > 0")
    prec = ctx.prec
    c, e = d._c, d._e
    # Scale so that the root has prec+1 digits and the exponent is even.
    shift = 2 * (prec + 1) - _digits(c)
    if (e - shift) % 2:
        shift += 1
    if shift >= 0:
        n = c * 10 ** shift
        exact_scaled = True
    else:
        n, rest = divmod(c, 10 ** -shift)
        exact_scaled = rest == 0
    root = _isqrt(n)
    re = (e - shift) // 2
    exact = exact_scaled and root * root == n
    if not exact:
        if root % 5 == 0:
            root += 1
    else:
        while re < ideal and root % 10 == 0:
            root //= 10
            re += 1
    work = ctx.copy()
    work.rounding = ROUND_HALF_EVEN
    ans = _finish(_make(0, root, re), work)
    _merge(ctx, work)
    return ans


def _merge(ctx, work):
    """Copies the flags a work context raised into ctx and checks its traps."""
    for s in _SIGNALS:
        if dict.__getitem__(work.flags, s):
            ctx._signal(s)
    ctx._pending_conditions.extend(work._last_conditions)
    ctx._check()


def _power(a, b, ctx):
    nan = _nan_result(a, b, ctx)
    if nan is not None:
        ctx._check()
        return nan
    # b integral?
    b_int = b._k == _FINITE and (b._e >= 0 or b._c % 10 ** -b._e == 0)
    if a._k == _FINITE and a._c == 0:
        if b._k == _FINITE and b._c == 0:
            return ctx._raise(InvalidOperation, "0 ** 0")
        sign = a._s if (b_int and int(b) % 2) else 0
        if b._s:
            return _make(sign, 0, 0, _INF)
        return _make(sign, 0, 0)
    if a._s and not b_int:
        return ctx._raise(InvalidOperation, "x ** y with x negative and y not an integer")
    sign = a._s if (b_int and b._k == _FINITE and int(b) % 2) else 0
    if a._k == _INF:
        if b._k == _FINITE and b._c == 0:
            return _make(0, 1, 0)
        if b._s:
            return _make(sign, 0, 0)
        return _make(sign, 0, 0, _INF)
    if b._k == _INF:
        c = _compare(a.copy_abs(), Decimal(1))
        if c == 0:
            return _finish(_make(0, 10 ** (ctx.prec - 1), 1 - ctx.prec), ctx, exact=False)
        if (c > 0) == (b._s == 0):
            return _make(0, 0, 0, _INF)
        return _make(0, 0, 0)
    if b._c == 0:
        return _finish(_make(0, 1, 0), ctx)
    if b_int:
        n = int(b)
        if _digits(a._c) * abs(n) <= 4 * ctx.prec + 400 or a._c == 1:
            c = a._c ** abs(n)
            e = a._e * abs(n)
            if n > 0:
                return _finish(_make(sign, c, e), ctx)
            # The reciprocal is first had half-even, as libmpdec's working context does: one
            # that underflows to zero there stays zero whatever the rounding mode.
            probe = ctx.copy()
            probe.traps = {sig: False for sig in _SIGNALS}
            probe.rounding = ROUND_HALF_EVEN
            if _div(Decimal(1), _make(sign, c, e), probe)._c == 0:
                return _underflow_zero(sign, ctx)
            return _div(Decimal(1), _make(sign, c, e), ctx)
    # General case: exp(b * ln|a|), correctly rounded by retrying with more digits.
    return _approx(ctx, lambda p: _pow_approx(a.copy_abs(), b, p), sign)


def _underflow_zero(sign, ctx):
    for sig in (Underflow, Subnormal, Inexact, Rounded, Clamped):
        ctx._signal(sig)
    ctx._check()
    return _make(sign, 0, ctx.Etiny())


def _powmod(a, b, m, ctx):
    for d in (a, b, m):
        if d._k == _SNAN:
            return _nan_result(d, None, ctx)
    for d in (a, b, m):
        if d._k == _QNAN:
            return _fit_nan(d, ctx)
    ints = all(d._k == _FINITE and (d._e >= 0 or d._c % 10 ** -d._e == 0) for d in (a, b, m))
    if not ints:
        return ctx._raise(InvalidOperation, "pow() 3rd argument not allowed unless all arguments are integers")
    if b._s:
        return ctx._raise(InvalidOperation, "pow() 2nd argument cannot be negative when 3rd argument specified")
    if m._c == 0:
        return ctx._raise(InvalidOperation, "pow() 3rd argument cannot be 0")
    if _digits(abs(int(m))) > ctx.prec:
        return ctx._raise(InvalidOperation, "insufficient precision: pow() 3rd argument must not have more than precision digits")
    if a._c == 0 and b._c == 0:
        return ctx._raise(InvalidOperation, "at least one of pow() 1st argument and 2nd argument must be nonzero")
    r = pow(abs(int(a)), int(b), abs(int(m)))
    sign = a._s if int(b) % 2 else 0
    return _make(sign, r, 0)


# Fixed-point helpers: an int x stands for x / 10**p.

def _ln10_fixed(p):
    return _ln2_fixed(p) * 3 + _atanh_fixed(10 ** p // 9, p) * 2


_LN2_CACHE = {}


def _ln2_fixed(p):
    if p not in _LN2_CACHE:
        _LN2_CACHE[p] = 2 * _atanh_fixed(10 ** p // 3, p)
    return _LN2_CACHE[p]


def _atanh_fixed(z, p):
    """atanh(z / 10**p) * 10**p for small z, by its series."""
    if z < 0:
        return -_atanh_fixed(-z, p)
    one = 10 ** p
    total = 0
    power = z
    z2 = z * z // one
    k = 1
    while power:
        total += power // k
        power = power * z2 // one
        k += 2
    return total


def _ln_fixed(c, e, p):
    """ln(c * 10**e) * 10**p, for c > 0, with an error of a few units in the last place."""
    n = _digits(c)
    guard = p + 10
    one = 10 ** guard
    # m = c / 10**(n-1) in [1, 10); ln(x) = ln(m) + (e + n - 1) ln 10
    m = c * one // 10 ** (n - 1) if n - 1 <= guard else c * 10 ** guard // 10 ** (n - 1)
    k = 0
    while m > 3 * one // 2:
        m = m // 2
        k += 1
    z = (m - one) * one // (m + one)
    ln_m = 2 * _atanh_fixed(z, guard) + k * _ln2_fixed(guard)
    total = ln_m + (e + n - 1) * _ln10_fixed(guard)
    return total // 10 ** 10 if total >= 0 else -((-total) // 10 ** 10)


def _exp_fixed(x, p):
    """exp(x / 10**p) * 10**p for |x / 10**p| of moderate size."""
    guard = p + 10
    one = 10 ** guard
    x = x * 10 ** 10
    ln10 = _ln10_fixed(guard)
    # exp(x) = 10**q * exp(x - q ln 10)
    q = x // ln10
    r = x - q * ln10
    halvings = 12
    r = r // (1 << halvings)
    total = one
    term = one
    k = 1
    while term:
        term = term * r
        term = term // (one * k) if term >= 0 else -((-term) // (one * k))
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** 10, q


def _finish_even(d, ctx):
    """An approximate result rounded half-even under ctx's other settings."""
    work = ctx.copy()
    work.clear_flags()
    work.traps = {sig: False for sig in _SIGNALS}
    work.rounding = ROUND_HALF_EVEN
    ans = _finish(d, work, exact=False)
    _merge(ctx, work)
    return ans


def _approx_even(ctx, compute, sign=0):
    """As `_approx`, rounding half-even whatever the context says (as exp, ln and log10 do)."""
    work = ctx.copy()
    work.clear_flags()
    work.rounding = ROUND_HALF_EVEN
    ans = _approx(work, compute, sign)
    _merge(ctx, work)
    return ans


def _approx(ctx, compute, sign=0):
    """A correctly rounded result from `compute(p)`, which gives (coeff, exp) of an
    approximation with p+3 significant digits good to within a few units of its last digit."""
    extra = 6
    while True:
        p = ctx.prec + extra
        c, e = compute(p)
        if c is None:
            return e
        lo = _make(sign, c - 3, e)
        hi = _make(sign, c + 3, e)
        work = ctx.copy()
        work.traps = {s: False for s in _SIGNALS}
        a = _finish(lo, work, exact=False)
        work2 = ctx.copy()
        work2.traps = {s: False for s in _SIGNALS}
        b = _finish(hi, work2, exact=False)
        if (a._k, a._c, a._e) == (b._k, b._c, b._e) or extra > 200:
            return _finish(_make(sign, c, e), ctx, exact=False)
        extra *= 2


def _exp(d, ctx):
    if d._k >= _QNAN:
        return _nan_result(d, None, ctx)
    if d._k == _INF:
        return _make(0, 0, 0) if d._s else Decimal(d)
    if d._c == 0:
        return _make(0, 1, 0)
    adj = d.adjusted()
    # Far outside the range: overflow or underflow at once. Very small: 1 + x decides.
    if adj > _digits(max(abs(ctx.Emax), abs(ctx.Emin))) + 1:
        if d._s:
            return _finish_even(_make(0, 1, ctx.Etiny() - 1), ctx)
        return _finish_even(_make(0, 1, ctx.Emax + 1), ctx)
    if adj < -(ctx.prec + 2):
        c = 10 ** (ctx.prec + 2)
        return _finish_even(_make(0, c + (-1 if d._s else 1), -(ctx.prec + 2)), ctx)

    def compute(p):
        work_p = p + max(adj, 0) + 2
        if d._e >= -work_p:
            x = d._c * 10 ** (d._e + work_p)
        else:
            x = d._c // 10 ** (-d._e - work_p)
        x = -x if d._s else x
        value, q = _exp_fixed(x, work_p)
        return value, q - work_p
    return _approx_even(ctx, compute)


def _ln(d, ctx, base10):
    if d._k >= _QNAN:
        return _nan_result(d, None, ctx)
    if d._k == _FINITE and d._c == 0:
        return _make(1, 0, 0, _INF)
    if d._s:
        return ctx._raise(InvalidOperation, "ln of a negative number" if not base10 else "log10 of a negative number")
    if d._k == _INF:
        return Decimal(d)
    if d._c == 1 and d._e == 0 or (d._c == 10 ** (_digits(d._c) - 1) and -d._e == _digits(d._c) - 1):
        return _make(0, 0, 0)
    if base10:
        n = _digits(d._c)
        if d._c == 10 ** (n - 1):
            return _finish(Decimal(d._e + n - 1), ctx)

    def compute(p):
        mag = _digits(abs(d.adjusted()) + 1) + 2
        work_p = p + mag
        value = _ln_fixed(d._c, d._e, work_p)
        if base10:
            value = value * 10 ** work_p // _ln10_fixed(work_p) if value >= 0 else \
                -((-value) * 10 ** work_p // _ln10_fixed(work_p))
        sign = 1 if value < 0 else 0
        return (abs(value), -work_p) if sign == 0 else (-abs(value), -work_p)

    def signed(p):
        c, e = compute(p)
        return c, e

    c0, _ = compute(ctx.prec + 6)
    sign = 1 if c0 < 0 else 0
    return _approx_even(ctx, lambda p: (abs(compute(p)[0]), compute(p)[1]), sign)


def _pow_approx(a, b, p):
    """|a| ** b to about p digits: exp(b ln |a|)."""
    mag = _digits(abs(b.adjusted()) + abs(a.adjusted()) + 1) + 4
    work_p = p + mag
    ln_a = _ln_fixed(a._c, a._e, work_p)
    # times b
    prod = ln_a * b._c
    if b._e >= 0:
        prod *= 10 ** b._e
    else:
        prod = prod // 10 ** -b._e if prod >= 0 else -((-prod) // 10 ** -b._e)
    if b._s:
        prod = -prod
    if abs(prod) > 10 ** work_p * 10 ** 7:
        big = prod > 0
        return None, (_make(0, 0, 0, _INF) if big else _make(0, 0, 0))
    value, q = _exp_fixed(prod, work_p)
    return value, q - work_p


# ---------------------------------------------------------------- text

def _to_text(d, eng, capitals):
    sign = "-" if d._s else ""
    if d._k == _INF:
        return sign + "Infinity"
    if d._k >= _QNAN:
        return sign + ("sNaN" if d._k == _SNAN else "NaN") + (str(d._c) if d._c else "")
    digits = str(d._c)
    left = d._e + len(digits)
    if d._e <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._c == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = "0." + "0" * -dot + digits
    elif dot >= len(digits):
        body = digits + "0" * (dot - len(digits))
    else:
        body = digits[:dot] + "." + digits[dot:]
    if left == dot:
        tail = ""
    else:
        tail = ("E" if capitals else "e") + "%+d" % (left - dot)
    return sign + body + tail


def _parse_spec(spec):
    """The parts of a format spec: fill, align, sign, z, alt, zero, width, grouping, precision, type."""
    i = 0
    n = len(spec)
    fill, align = None, None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == "z":
        z = True
        i += 1
    alt = False
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    grouping = ""
    if i < n and spec[i] == ",":
        grouping = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
    if i != n or (kind is not None and kind not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if kind == "n" and grouping:
        raise ValueError("invalid format string")
    return fill, align, sign, z, alt, zero, width, grouping, precision, kind


def _group(digits, sep, min_width):
    """digits (the integer part) with `sep` every three digits, zero-padded on the left until
    the whole is at least min_width long (never starting with a separator)."""
    parts = []
    length = 0
    rest = digits
    while True:
        chunk, rest = rest[-3:], rest[:-3]
        room = min_width - length - (1 if parts else 0)
        if not rest and len(chunk) < 3 and room > len(chunk):
            chunk = chunk.rjust(min(3, room), "0")
        elif not chunk:
            chunk = "0"
        length += len(chunk) + (1 if parts else 0)
        parts.append(chunk)
        if not rest and length >= min_width:
            break
    return sep.join(reversed(parts))


def _format(d, spec):
    fill, align, sign_opt, z, alt, zero, width, grouping, precision, kind = _parse_spec(spec)
    if zero and fill is None and d._k == _FINITE:
        fill = "0"
        if align is None:
            align = "="
    ctx = getcontext()
    rounding = ctx.rounding
    if kind is None:
        kind = "G" if ctx.capitals else "g"
        if precision is None:
            kind_none = True
        else:
            kind_none = False
    else:
        kind_none = False
    negative = d._s == 1
    if d._k != _FINITE:
        body = "Infinity" if d._k == _INF else ("sNaN" if d._k == _SNAN else "NaN") + (str(d._c) if d._c else "")
        if kind == "%":
            body += "%"
        intpart, fracpart, exppart = body, "", ""
        numeric = False
    else:
        numeric = True
        c, e = d._c, d._e
        if kind == "%":
            e += 2
        if c == 0 and e > 0 and kind in "fF%":
            e = 0
        if precision is not None:
            if kind in "eE":
                if c:
                    target = e + _digits(c) - 1 - precision
                    c = _rescale(_make(d._s, c, e), target, rounding)[0]._c
                    e = target
                    if _digits(c) > precision + 1:
                        c //= 10
                        e += 1
            elif kind in "fF%":
                res = _rescale(_make(d._s, c, e), -precision, rounding)[0]
                c, e = res._c, res._e
            elif kind in "gGn":
                p = precision or 1
                if c and _digits(c) > p:
                    res = _rescale(_make(d._s, c, e), e + _digits(c) - p, rounding)[0]
                    c, e = res._c, res._e
                    if _digits(c) > p:
                        c //= 10
                        e += 1
        digits = str(c)
        left = e + len(digits)
        if kind in "eE":
            if c == 0 and precision is not None:
                digits = "0" * (precision + 1)
                dot = 1
                left = e + precision + 1 if False else e + 1 + precision
                left = d._e + 1 if False else left
            dot = 1
        elif kind in "fF%":
            dot = left
        else:
            if kind_none or kind in "gGn":
                if e <= 0 and left > -6:
                    dot = left
                else:
                    dot = 1
            else:
                dot = left
        if kind in "eE" and c == 0 and precision is not None:
            left = e + 1 + precision
            exp_value = e + precision
        if dot <= 0:
            intpart = "0"
            fracpart = "0" * -dot + digits
        elif dot >= len(digits):
            intpart = digits + "0" * (dot - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dot]
            fracpart = digits[dot:]
        if kind in "eE" and c == 0 and precision is not None:
            exp_num = e + precision
        else:
            exp_num = left - dot
        if left == dot and kind not in "eE":
            exppart = ""
        else:
            letter = "E" if kind in "EG" else "e"
            if kind_none:
                letter = "E" if ctx.capitals else "e"
            exppart = letter + "%+d" % exp_num
        if fracpart or alt:
            fracpart = "." + fracpart
        if kind == "%":
            exppart = "%"
        if z and c == 0:
            negative = False
    sign_text = "-" if negative else ("+" if sign_opt == "+" else " " if sign_opt == " " else "")
    align = align or ">"
    fill = fill or " "
    if numeric and grouping:
        sep = grouping
        min_int = 0
        if align == "=" and width is not None and fill == "0":
            min_int = width - len(sign_text) - len(fracpart) - len(exppart)
        intpart = _group(intpart, sep, min_int)
    elif numeric and align == "=" and width is not None and fill == "0" and zero:
        pass
    body = intpart + fracpart + exppart
    if width is not None and len(sign_text) + len(body) < width:
        pad = width - len(sign_text) - len(body)
        if align == "<":
            return sign_text + body + fill * pad
        if align == "^":
            return fill * (pad // 2) + sign_text + body + fill * (pad - pad // 2)
        if align == "=":
            return sign_text + fill * pad + body
        return fill * pad + sign_text + body
    return sign_text + body


# ---------------------------------------------------------------- contexts

class Context(object):
    """Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
    flags=None, traps=None): the environment of arithmetic operations."""
    __module__ = "decimal"

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        base = _DEFAULTS
        object.__setattr__(self, "_last_conditions", [])
        object.__setattr__(self, "_pending_conditions", [])
        self.prec = base["prec"] if prec is None else prec
        self.rounding = base["rounding"] if rounding is None else rounding
        self.Emin = base["Emin"] if Emin is None else Emin
        self.Emax = base["Emax"] if Emax is None else Emax
        self.capitals = base["capitals"] if capitals is None else capitals
        self.clamp = base["clamp"] if clamp is None else clamp
        if traps is None:
            traps = base["traps"]
        if flags is None:
            flags = []
        if not isinstance(traps, dict) and not isinstance(traps, (list, tuple, set, frozenset)):
            raise TypeError("argument must be a signal dict")
        object.__setattr__(self, "traps", _signal_dict(traps))
        object.__setattr__(self, "flags", _signal_dict(flags))

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_ERROR)
        elif name in ("traps", "flags"):
            value = _signal_dict(value)
        elif name.startswith("_"):
            pass
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if dict.__getitem__(self.flags, s)]
        traps = [s.__name__ for s in _REPR_ORDER if dict.__getitem__(self.traps, s)]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ", ".join(flags), ", ".join(traps)))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if dict.__getitem__(self.flags, s)]
        traps = [s for s in _SIGNALS if dict.__getitem__(self.traps, s)]
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    # --- signalling
    def _signal(self, sig):
        dict.__setitem__(self.flags, sig, True)
        self._pending_conditions.append(sig)

    def _check(self):
        """Raises for the trapped conditions signalled since the last check."""
        pending = self._pending_conditions
        if not pending:
            return
        object.__setattr__(self, "_last_conditions", list(pending))
        del pending[:]
        raised = []
        first = None
        seen = set(pending)
        conds = object.__getattribute__(self, "_last_conditions")
        for sig in _SIGNALS:
            if not dict.__getitem__(self.traps, sig):
                continue
            hits = [c for c in conds if c is sig or (sig is InvalidOperation and c in _CONDITIONS)]
            if not hits:
                continue
            if first is None:
                first = sig
            for h in hits:
                if h not in raised:
                    raised.append(h)
        if first is not None:
            raise first(raised)

    def _raise(self, condition, explanation, sign=0):
        """Signals a condition that has a fixed result (NaN or a signed infinity)."""
        signal = InvalidOperation if condition in _CONDITIONS else condition
        dict.__setitem__(self.flags, signal, True)
        self._pending_conditions.append(condition)
        self._check()
        if condition is DivisionByZero:
            return _make(sign, 0, 0, _INF)
        return _make(0, 0, 0, _QNAN)

    def _flag_float(self, strict=True):
        dict.__setitem__(self.flags, FloatOperation, True)
        if strict and dict.__getitem__(self.traps, FloatOperation):
            raise FloatOperation([FloatOperation])

    # --- the operations, as context methods
    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            return self._raise(ConversionSyntax, "invalid literal")
        d = Decimal(num, context=self)
        if d._k >= _QNAN:
            if d._k == _SNAN or d._c:
                return _fit_nan(d, self) if _digits(d._c) <= self.prec - self.clamp else self._raise(ConversionSyntax, "NaN payload")
            return d
        return _finish(d, self)

    def create_decimal_from_float(self, f):
        return _finish(Decimal.from_float(f), self)

    def abs(self, a):
        return _operand(a, True).__abs__(context=self)

    def add(self, a, b):
        return _add(_operand(a, True), _operand(b, True), self)

    def subtract(self, a, b):
        return _add(_operand(a, True), _operand(b, True), self, negate=True)

    def multiply(self, a, b):
        return _mul(_operand(a, True), _operand(b, True), self)

    def divide(self, a, b):
        return _div(_operand(a, True), _operand(b, True), self)

    def divide_int(self, a, b):
        return _divmod(_operand(a, True), _operand(b, True), self, want=0)

    def divmod(self, a, b):
        return _divmod(_operand(a, True), _operand(b, True), self)

    def remainder(self, a, b):
        return _divmod(_operand(a, True), _operand(b, True), self, want=1)

    def remainder_near(self, a, b):
        return _operand(a, True).remainder_near(b, context=self)

    def power(self, a, b, modulo=None):
        return _operand(a, True).__pow__(_operand(b, True), modulo, context=self)

    def plus(self, a):
        return _operand(a, True).__pos__(context=self)

    def minus(self, a):
        return _operand(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _operand(a, True).compare(b, context=self)

    def compare_signal(self, a, b):
        return _operand(a, True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _operand(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _operand(a, True).compare_total_mag(b)

    def copy_abs(self, a):
        return _operand(a, True).copy_abs()

    def copy_negate(self, a):
        return _operand(a, True).copy_negate()

    def copy_sign(self, a, b):
        return _operand(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_operand(a, True))

    def canonical(self, a):
        return _operand(a, True)

    def exp(self, a):
        return _operand(a, True).exp(context=self)

    def ln(self, a):
        return _operand(a, True).ln(context=self)

    def log10(self, a):
        return _operand(a, True).log10(context=self)

    def logb(self, a):
        return _operand(a, True).logb(context=self)

    def sqrt(self, a):
        return _operand(a, True).sqrt(context=self)

    def fma(self, a, b, c):
        return _operand(a, True).fma(b, c, context=self)

    def max(self, a, b):
        return _operand(a, True).max(b, context=self)

    def min(self, a, b):
        return _operand(a, True).min(b, context=self)

    def max_mag(self, a, b):
        return _operand(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _operand(a, True).min_mag(b, context=self)

    def next_plus(self, a):
        return _operand(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _operand(a, True).next_minus(context=self)

    def next_toward(self, a, b):
        return _operand(a, True).next_toward(b, context=self)

    def normalize(self, a):
        return _operand(a, True).normalize(context=self)

    def number_class(self, a):
        return _operand(a, True).number_class(context=self)

    def quantize(self, a, b):
        return _operand(a, True).quantize(b, context=self)

    def same_quantum(self, a, b):
        return _operand(a, True).same_quantum(b)

    def scaleb(self, a, b):
        return _operand(a, True).scaleb(b, context=self)

    def shift(self, a, b):
        return _operand(a, True).shift(b, context=self)

    def rotate(self, a, b):
        return _operand(a, True).rotate(b, context=self)

    def to_integral_exact(self, a):
        return _operand(a, True).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _operand(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _operand(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _operand(a, True).to_eng_string(context=self)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return _operand(a, True).is_finite()

    def is_infinite(self, a):
        return _operand(a, True).is_infinite()

    def is_nan(self, a):
        return _operand(a, True).is_nan()

    def is_normal(self, a):
        return _operand(a, True).is_normal(context=self)

    def is_qnan(self, a):
        return _operand(a, True).is_qnan()

    def is_signed(self, a):
        return _operand(a, True).is_signed()

    def is_snan(self, a):
        return _operand(a, True).is_snan()

    def is_subnormal(self, a):
        return _operand(a, True).is_subnormal(context=self)

    def is_zero(self, a):
        return _operand(a, True).is_zero()

    def logical_and(self, a, b):
        return _operand(a, True).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _operand(a, True).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _operand(a, True).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _operand(a, True).logical_invert(context=self)

    def radix(self):
        return Decimal(10)


_DEFAULTS = {"prec": 28, "rounding": ROUND_HALF_EVEN, "Emin": -999999, "Emax": 999999,
             "capitals": 1, "clamp": 0, "traps": [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_PLAIN_CONTEXT = Context(capitals=1)

import threading as _threading

_local = _threading.local()


def getcontext():
    """The current thread's context (a copy of DefaultContext at first use)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        _local.context = ctx
        return ctx


def setcontext(context):
    """Makes `context` the current thread's context (a copy when it is one of the templates)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _local.context = context


class ContextManager(object):
    __module__ = "decimal"

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)
        return False


_CONTEXT_KEYS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block under a copy of ctx (or of the current context),
    with the given attributes changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return ContextManager(new)


_numbers.Number.register(Decimal)
