"""cmath: mathematical functions for complex numbers, as CPython 3.11's cmathmodule.c computes them
(the same algorithms for finite arguments, and its special values for infinities and NaNs, kept in
the tables below: one 7x7 table per function, indexed by the kind of the real and imaginary parts)."""

import math as _math

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e+308 / 4.0
_SQRT_LARGE = _math.sqrt(_LARGE)
_LOG_LARGE = _math.log(_LARGE)
_SQRT_DBL_MIN = _math.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684
_MANT_DIG = 53

# Cell codes: z/Z +0.0/-0.0, P/M +inf/-inf, N nan, E math domain error, else a number.
_CODES = {'z': 0.0, 'Z': -0.0, 'P': inf, 'M': -inf, 'N': nan}

_SPECIAL = {
    'exp': [
        ['z z', 'Z Z', 'z Z', 'z z', 'Z z', 'z z', 'z z'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', 'M M', 'P Z', 'P z', 'M P', 'E', 'P N'],
        ['N N', 'N N', 'N Z', 'N z', 'N N', 'N N', 'N N'],
    ],
    'cosh': [
        ['E', 'M P', 'P z', 'P Z', 'M M', 'E', 'P N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N z'],
        ['E', None, None, None, None, 'E', 'N z'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', 'M M', 'P Z', 'P z', 'M P', 'E', 'P N'],
        ['N N', 'N N', 'N z', 'N z', 'N N', 'N N', 'N N'],
    ],
    'sinh': [
        ['E', 'P M', 'M Z', 'M z', 'P P', 'E', 'P N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'z N'],
        ['E', None, None, None, None, 'E', 'z N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', 'M M', 'P Z', 'P z', 'M P', 'E', 'P N'],
        ['N N', 'N N', 'N Z', 'N z', 'N N', 'N N', 'N N'],
    ],
    'tanh': [
        ['-1.0 z', '-1.0 z', '-1.0 Z', '-1.0 z', '-1.0 Z', '-1.0 z', '-1.0 z'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['1.0 z', '1.0 z', '1.0 Z', '1.0 z', '1.0 Z', '1.0 z', '1.0 z'],
        ['N N', 'N N', 'N Z', 'N z', 'N N', 'N N', 'N N'],
    ],
    'log': [
        ['P -2.356194490192345', 'P -3.141592653589793', 'P -3.141592653589793', 'P 3.141592653589793', 'P 3.141592653589793', 'P 2.356194490192345', 'P N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -0.7853981633974483', 'P Z', 'P Z', 'P z', 'P z', 'P 0.7853981633974483', 'P N'],
        ['P N', 'N N', 'N N', 'N N', 'N N', 'P N', 'N N'],
    ],
    'sqrt': [
        ['P M', 'z M', 'z M', 'z P', 'z P', 'P P', 'N P'],
        ['P M', None, None, None, None, 'P P', 'N N'],
        ['P M', None, None, None, None, 'P P', 'N N'],
        ['P M', None, None, None, None, 'P P', 'N N'],
        ['P M', None, None, None, None, 'P P', 'N N'],
        ['P M', 'P Z', 'P Z', 'P z', 'P z', 'P P', 'P N'],
        ['P M', 'N N', 'N N', 'N N', 'N N', 'P P', 'N N'],
    ],
    'acos': [
        ['2.356194490192345 P', '3.141592653589793 P', '3.141592653589793 P', '3.141592653589793 M', '3.141592653589793 M', '2.356194490192345 M', 'N P'],
        ['1.5707963267948966 P', None, None, None, None, '1.5707963267948966 M', 'N N'],
        ['1.5707963267948966 P', None, None, None, None, '1.5707963267948966 M', '1.5707963267948966 N'],
        ['1.5707963267948966 P', None, None, None, None, '1.5707963267948966 M', '1.5707963267948966 N'],
        ['1.5707963267948966 P', None, None, None, None, '1.5707963267948966 M', 'N N'],
        ['0.7853981633974483 P', 'z P', 'z P', 'z M', 'z M', '0.7853981633974483 M', 'N P'],
        ['N P', 'N N', 'N N', 'N N', 'N N', 'N M', 'N N'],
    ],
    'acosh': [
        ['P -2.356194490192345', 'P -3.141592653589793', 'P -3.141592653589793', 'P 3.141592653589793', 'P 3.141592653589793', 'P 2.356194490192345', 'P N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -0.7853981633974483', 'P Z', 'P Z', 'P z', 'P z', 'P 0.7853981633974483', 'P N'],
        ['P N', 'N N', 'N N', 'N N', 'N N', 'P N', 'N N'],
    ],
    'asinh': [
        ['M -0.7853981633974483', 'M Z', 'M Z', 'M z', 'M z', 'M 0.7853981633974483', 'M N'],
        ['M -1.5707963267948966', None, None, None, None, 'M 1.5707963267948966', 'N N'],
        ['M -1.5707963267948966', None, None, None, None, 'M 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -1.5707963267948966', None, None, None, None, 'P 1.5707963267948966', 'N N'],
        ['P -0.7853981633974483', 'P Z', 'P Z', 'P z', 'P z', 'P 0.7853981633974483', 'P N'],
        ['P N', 'N N', 'N Z', 'N z', 'N N', 'P N', 'N N'],
    ],
    'atanh': [
        ['Z -1.5707963267948966', 'Z -1.5707963267948966', 'Z -1.5707963267948966', 'Z 1.5707963267948966', 'Z 1.5707963267948966', 'Z 1.5707963267948966', 'Z N'],
        ['Z -1.5707963267948966', None, None, None, None, 'Z 1.5707963267948966', 'N N'],
        ['Z -1.5707963267948966', None, None, None, None, 'Z 1.5707963267948966', 'Z N'],
        ['z -1.5707963267948966', None, None, None, None, 'z 1.5707963267948966', 'z N'],
        ['z -1.5707963267948966', None, None, None, None, 'z 1.5707963267948966', 'N N'],
        ['z -1.5707963267948966', 'z -1.5707963267948966', 'z -1.5707963267948966', 'z 1.5707963267948966', 'z 1.5707963267948966', 'z 1.5707963267948966', 'z N'],
        ['z -1.5707963267948966', 'N N', 'N N', 'N N', 'N N', 'z 1.5707963267948966', 'N N'],
    ],
    'rect': [
        ['E', 'P P', 'M z', 'M Z', 'P M', 'E', 'P N'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['z z', None, None, None, None, 'z z', 'z z'],
        ['z z', None, None, None, None, 'z z', 'z z'],
        ['E', None, None, None, None, 'E', 'N N'],
        ['E', 'M M', 'P Z', 'P z', 'M P', 'E', 'P N'],
        ['N N', 'N N', 'N z', 'N z', 'N N', 'N N', 'N N'],
    ],
}


def _hypot(x, y):
    """The C library's hypot, as cmathmodule.c calls it (math.hypot is a vector norm whose last bit
    can differ); abs() of a complex is that hypot, and these callers never overflow it."""
    return abs(complex(x, y))


def _part(code):
    v = _CODES.get(code)
    return float(code) if v is None else v


def _kind(x):
    """CPython's special_type: NINF, NEG, NZERO, PZERO, POS, PINF, NAN as 0..6."""
    if _math.isnan(x):
        return 6
    if _math.isinf(x):
        return 0 if x < 0 else 5
    if x == 0.0:
        return 3 if _math.copysign(1.0, x) > 0 else 2
    return 1 if x < 0 else 4


def _special(name, x, y):
    cell = _SPECIAL[name][_kind(x)][_kind(y)]
    if cell == 'E':
        raise ValueError("math domain error")
    re, im = cell.split()
    return complex(_part(re), _part(im))


def _arg(z):
    if isinstance(z, complex):
        return z
    t = type(z)
    if hasattr(t, '__complex__'):
        return complex(z)
    if isinstance(z, (int, float)) or hasattr(t, '__float__'):
        return complex(float(z) if not isinstance(z, float) else z, 0.0)
    if hasattr(t, '__index__'):
        return complex(float(t.__index__(z)), 0.0)
    raise TypeError(f"must be real number, not {t.__name__}")


def _real(x):
    if isinstance(x, float):
        return x
    t = type(x)
    if isinstance(x, int) or hasattr(t, '__float__'):
        return float(x)
    if hasattr(t, '__index__'):
        return float(t.__index__(x))
    raise TypeError(f"must be real number, not {t.__name__}")


def _finite(z):
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def _overflow(r):
    if _math.isinf(r.real) or _math.isinf(r.imag):
        raise OverflowError("math range error")
    return r


def _sqrt(z):
    if not _finite(z):
        return _special('sqrt', z.real, z.imag)
    if z.real == 0.0 and z.imag == 0.0:
        return complex(0.0, z.imag)
    ax, ay = abs(z.real), abs(z.imag)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _math.ldexp(ax, 53)
        s = _math.ldexp(_math.sqrt(ax + _hypot(ax, _math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if z.real >= 0.0:
        return complex(s, _math.copysign(d, z.imag))
    return complex(d, _math.copysign(s, z.imag))


def _log(z):
    if not _finite(z):
        return _special('log', z.real, z.imag)
    ax, ay = abs(z.real), abs(z.imag)
    if ax > _LARGE or ay > _LARGE:
        re = _math.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _math.log(_hypot(_math.ldexp(ax, _MANT_DIG), _math.ldexp(ay, _MANT_DIG))) - _MANT_DIG * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            re = _math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _math.log(h)
    return complex(re, _math.atan2(z.imag, z.real))


def _quot(a, b):
    abs_re, abs_im = abs(b.real), abs(b.imag)
    if abs_re >= abs_im:
        if abs_re == 0.0:
            raise ValueError("math domain error")
        ratio = b.imag / b.real
        denom = b.real + b.imag * ratio
        return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    if abs_im >= abs_re:
        ratio = b.real / b.imag
        denom = b.real * ratio + b.imag
        return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)
    return complex(nan, nan)


def _acos(z):
    if not _finite(z):
        return _special('acos', z.real, z.imag)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        re = _math.atan2(abs(z.imag), z.real)
        big = _math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0
        im = -_math.copysign(big, z.imag) if z.real < 0.0 else _math.copysign(big, -z.imag)
        return complex(re, im)
    s1 = _sqrt(complex(1.0 - z.real, -z.imag))
    s2 = _sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _math.atan2(s1.real, s2.real), _math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def _acosh(z):
    if not _finite(z):
        return _special('acosh', z.real, z.imag)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        return complex(_math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0, _math.atan2(z.imag, z.real))
    s1 = _sqrt(complex(z.real - 1.0, z.imag))
    s2 = _sqrt(complex(z.real + 1.0, z.imag))
    return complex(_math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _math.atan2(s1.imag, s2.real))


def _asinh(z):
    if not _finite(z):
        return _special('asinh', z.real, z.imag)
    if abs(z.real) > _LARGE or abs(z.imag) > _LARGE:
        big = _math.log(_hypot(z.real / 2.0, z.imag / 2.0)) + _LN2 * 2.0
        re = _math.copysign(big, z.real) if z.imag >= 0.0 else -_math.copysign(big, -z.real)
        return complex(re, _math.atan2(z.imag, abs(z.real)))
    s1 = _sqrt(complex(1.0 + z.imag, -z.real))
    s2 = _sqrt(complex(1.0 - z.imag, z.real))
    return complex(_math.asinh(s1.real * s2.imag - s2.real * s1.imag), _math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def _atanh(z):
    if not _finite(z):
        return _special('atanh', z.real, z.imag)
    if z.real < 0.0:
        r = _atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    ay = abs(z.imag)
    if z.real > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(z.real / 2.0, z.imag / 2.0)
        return complex(z.real / 4.0 / h / h, -_math.copysign(pi / 2.0, -z.imag))
    if z.real == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_math.log(_math.sqrt(ay) / _math.sqrt(_hypot(ay, 2.0))), _math.copysign(_math.atan2(2.0, -ay) / 2, z.imag))
    re = _math.log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0
    im = -_math.atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0
    return complex(re, im)


def _infinite_real(z):
    """An infinite real part with a finite, nonzero imaginary part: computed, not tabled."""
    return _math.isinf(z.real) and _math.isfinite(z.imag) and z.imag != 0.0


def _exp(z):
    if not _finite(z):
        if _math.isinf(z.imag) and (_math.isfinite(z.real) or z.real == inf):
            raise ValueError("math domain error")
        if _infinite_real(z):
            if z.real > 0:
                return complex(_math.copysign(inf, _math.cos(z.imag)), _math.copysign(inf, _math.sin(z.imag)))
            return complex(_math.copysign(0.0, _math.cos(z.imag)), _math.copysign(0.0, _math.sin(z.imag)))
        return _special('exp', z.real, z.imag)
    if z.real > _LOG_LARGE:
        l = _math.exp(z.real - 1.0)
        r = complex(l * _math.cos(z.imag) * e, l * _math.sin(z.imag) * e)
    else:
        l = _math.exp(z.real)
        r = complex(l * _math.cos(z.imag), l * _math.sin(z.imag))
    return _overflow(r)


def _hyperbolic(z, name, f_re, f_im, negate_re):
    """cosh (f_re cosh, f_im sinh) and sinh (sinh, cosh): the same special cases and the same care
    for a real part whose cosh overflows when the result does not."""
    if not _finite(z):
        if _math.isinf(z.imag) and not _math.isnan(z.real):
            raise ValueError("math domain error")
        if _infinite_real(z):
            re, im = _math.copysign(inf, _math.cos(z.imag)), _math.copysign(inf, _math.sin(z.imag))
            if z.real < 0:
                re, im = (-re, im) if negate_re else (re, -im)
            return complex(re, im)
        return _special(name, z.real, z.imag)
    if abs(z.real) > _LOG_LARGE:
        x1 = z.real - _math.copysign(1.0, z.real)
        r = complex(_math.cos(z.imag) * f_re(x1) * e, _math.sin(z.imag) * f_im(x1) * e)
    else:
        r = complex(_math.cos(z.imag) * f_re(z.real), _math.sin(z.imag) * f_im(z.real))
    return _overflow(r)


def _cosh(z):
    return _hyperbolic(z, 'cosh', _math.cosh, _math.sinh, False)


def _sinh(z):
    return _hyperbolic(z, 'sinh', _math.sinh, _math.cosh, True)


def _tanh(z):
    if not _finite(z):
        if _math.isinf(z.imag) and _math.isfinite(z.real):
            raise ValueError("math domain error")
        if _infinite_real(z):
            im = _math.copysign(0.0, 2.0 * _math.sin(z.imag) * _math.cos(z.imag))
            return complex(1.0 if z.real > 0 else -1.0, im)
        return _special('tanh', z.real, z.imag)
    if abs(z.real) > _LOG_LARGE:
        return complex(_math.copysign(1.0, z.real), 4.0 * _math.sin(z.imag) * _math.cos(z.imag) * _math.exp(-2.0 * abs(z.real)))
    tx = _math.tanh(z.real)
    ty = _math.tan(z.imag)
    cx = 1.0 / _math.cosh(z.real)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def _rotated(f, z):
    """f(iz) turned back: asin, atan, sin and tan from asinh, atanh, sinh and tanh."""
    s = f(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def _log10(z):
    r = _log(z)
    return complex(r.real / _LN10, r.imag / _LN10)


def _public(name, impl, doc):
    """The module function `name`: its argument made complex, then `impl`."""
    def function(z, /):
        return impl(_arg(z))
    function.__name__ = function.__qualname__ = name
    function.__doc__ = doc
    return function


sqrt = _public('sqrt', _sqrt, "Return the square root of z.")
exp = _public('exp', _exp, "Return the exponential value e**z.")
log10 = _public('log10', _log10, "Return the base-10 logarithm of z.")
acos = _public('acos', _acos, "Return the arc cosine of z.")
acosh = _public('acosh', _acosh, "Return the inverse hyperbolic cosine of z.")
asin = _public('asin', lambda z: _rotated(_asinh, z), "Return the arc sine of z.")
asinh = _public('asinh', _asinh, "Return the inverse hyperbolic sine of z.")
atan = _public('atan', lambda z: _rotated(_atanh, z), "Return the arc tangent of z.")
atanh = _public('atanh', _atanh, "Return the inverse hyperbolic tangent of z.")
cos = _public('cos', lambda z: _cosh(complex(-z.imag, z.real)), "Return the cosine of z.")
cosh = _public('cosh', _cosh, "Return the hyperbolic cosine of z.")
sin = _public('sin', lambda z: _rotated(_sinh, z), "Return the sine of z.")
sinh = _public('sinh', _sinh, "Return the hyperbolic sine of z.")
tan = _public('tan', lambda z: _rotated(_tanh, z), "Return the tangent of z.")
tanh = _public('tanh', _tanh, "Return the hyperbolic tangent of z.")


def log(x, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    y = _log(_arg(x))
    if base is not None:
        y = _quot(y, _log(_arg(base)))
    return y


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _arg(z)
    r = _math.atan2(z.imag, z.real)
    if r == 0.0 and z.imag != 0.0 and _math.isfinite(z.real):
        # The C library's atan2 reports the underflow (ERANGE).
        raise OverflowError("math range error")
    return r


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    z = _arg(z)
    return (abs(z), _math.atan2(z.imag, z.real))


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r, phi = _real(r), _real(phi)
    if not (_math.isfinite(r) and _math.isfinite(phi)):
        if r != 0.0 and not _math.isnan(r) and _math.isinf(phi):
            raise ValueError("math domain error")
        if _math.isinf(r) and _math.isfinite(phi) and phi != 0.0:
            c, s = _math.copysign(inf, _math.cos(phi)), _math.copysign(inf, _math.sin(phi))
            return complex(c, s) if r > 0 else complex(-c, -s)
        return _special('rect', r, phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    return _finite(_arg(z))


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _arg(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _arg(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a, b = _arg(a), _arg(b)
    rel_tol, abs_tol = _real(rel_tol), _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a.real == b.real and a.imag == b.imag:
        return True
    if _math.isinf(a.real) or _math.isinf(a.imag) or _math.isinf(b.real) or _math.isinf(b.imag):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
