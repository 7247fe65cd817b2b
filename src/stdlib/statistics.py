"""statistics: averages and spread of numeric data, computed as CPython 3.11 computes them
(exact rational sums, so the results are the same to the last bit): mean, fmean,
geometric_mean, harmonic_mean, median (low/high/grouped), mode, multimode, quantiles, variance,
pvariance, stdev, pstdev; covariance, correlation and linear_regression of paired data; the
NormalDist distribution.

Sums are exact: every value becomes numerator/denominator, numerators are added up per
denominator, and one Fraction results; the answer is then converted to the type the data's
types combine to (int < Fraction < float, or Decimal)."""

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from decimal import Decimal
from fractions import Fraction

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    __module__ = 'statistics'


def _needs(function, least):
    """The error for too little data."""
    amount = 'one data point' if least == 1 else 'two data points'
    return StatisticsError(f'{function} requires at least {amount}')


_NO_MEDIAN = 'no median for empty data'
_NEGATIVE = 'harmonic mean does not support negative values'


# --------------------------------------------------------------------------- exact arithmetic

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    if isinstance(x, int):
        return int(x), 1
    as_ratio = getattr(x, 'as_integer_ratio', None)
    if as_ratio is not None:
        try:
            return as_ratio()
        except (OverflowError, ValueError):
            return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The type a mix of T and S values gives (int < Fraction < float), as CPython's rules."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    for wider, narrower in ((S, T), (T, S)):
        if issubclass(wider, narrower):
            return wider
    if issubclass(T, int) or (issubclass(T, Fraction) and issubclass(S, float)):
        return S
    if issubclass(S, int) or (issubclass(T, float) and issubclass(S, Fraction)):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _exact_sums(data, squares=False):
    """(type, sum, sum of squares or None, count) of the data, the sums exact (Fractions), or
    the non-finite value itself when there is one."""
    by_den = {}
    sq_by_den = {} if squares else None
    kinds = {}
    count = 0
    for x in data:
        kinds[type(x)] = True
        top, bottom = _ratio(x)
        count += 1
        by_den[bottom] = by_den.get(bottom, 0) + top
        if squares:
            sq_by_den[bottom] = sq_by_den.get(bottom, 0) + top * top
    T = int
    for kind in kinds:
        T = _coerce(T, kind)
    if None in by_den:
        total = by_den[None]
        square_total = total
    else:
        total = sum(Fraction(top, bottom) for bottom, top in by_den.items())
        square_total = None
        if squares:
            square_total = sum(Fraction(top, bottom * bottom) for bottom, top in sq_by_den.items())
    return T, total, square_total, count


def _sum(data):
    T, total, _, count = _exact_sums(data)
    return T, total, count


def _ss(data, c=None):
    """(type, exact sum of squared deviations from c (default: the mean), the centre, count)."""
    if c is not None:
        T, total, count = _sum([(x - c) * (x - c) for x in data])
        return T, total, c, count
    T, sx, sxx, count = _exact_sums(data, squares=True)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if sxx is sx:
        # A non-finite value: it is both the centre and the spread.
        return T, sx, sx, count
    return T, (count * sxx - sx * sx) / count, sx / count, count


def _convert(value, T):
    """An exact result as the data's type (an int type gives a float for a non-integer)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _root_rounded_odd(n, m):
    """isqrt(n / m), its last bit set when inexact (rounding to odd keeps the next rounding
    correct)."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


_ROOT_BITS = 109    # twice a float's 53 bits, and three more


def _float_sqrt(n, m):
    """sqrt(n/m) correctly rounded to a float."""
    shift = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if shift >= 0:
        return (_root_rounded_odd(n, m << 2 * shift) << shift) / 1
    return _root_rounded_odd(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt(n, m):
    """sqrt(n/m) correctly rounded to a Decimal (in the current context)."""
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    r_top, r_bottom = root.as_integer_ratio()
    above = root.next_plus()
    a_top, a_bottom = above.as_integer_ratio()
    # Past the midpoint between root and its neighbour: the neighbour is nearer.
    if 4 * n * (r_bottom * a_bottom) ** 2 > m * (r_bottom * a_top + a_bottom * r_top) ** 2:
        return above
    below = root.next_minus()
    b_top, b_bottom = below.as_integer_ratio()
    if 4 * n * (r_bottom * b_bottom) ** 2 < m * (r_bottom * b_top + b_bottom * r_top) ** 2:
        return below
    return root


def _sqrt_of(mss, T):
    # (A non-finite spread has no numerator: AttributeError, as in CPython 3.11.)
    if issubclass(T, Decimal):
        return _decimal_sqrt(mss.numerator, mss.denominator)
    return _float_sqrt(mss.numerator, mss.denominator)


def _real(v):
    """v as math.fsum takes it: a float (an int as it is), through __float__."""
    if type(v) is float or type(v) is int:
        return v
    to_float = getattr(type(v), '__float__', None)
    if to_float is None:
        raise TypeError(f'must be real number, not {type(v).__name__}')
    return to_float(v)


def _fsum(values):
    return math.fsum([_real(v) for v in values])


# -------------------------------------------------------------------------------- averages

def mean(data):
    """The arithmetic mean, exact until the final rounding."""
    T, total, n = _sum(data)
    if n < 1:
        raise _needs('mean', 1)
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, fast (weighted when weights are given)."""
    if weights is None:
        values = list(data)
        if not values:
            raise _needs('fmean', 1)
        return _fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    numerator = _fsum([x * w for x, w in zip(values, weights)])
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    denominator = _fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')
    return numerator / denominator


def _log(x):
    return math.log(x) if isinstance(x, int) else math.log(_real(x))


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def _nonnegative(values):
    for v in values:
        if v < 0:
            raise StatisticsError(_NEGATIVE)
        yield v


def harmonic_mean(data, weights=None):
    """The (weighted) harmonic mean: 0 when a value is 0."""
    data = list(data)
    count = len(data)
    if count == 0:
        raise _needs('harmonic_mean', 1)
    if count == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(_NEGATIVE)
        return only
    if weights is None:
        weights = [1] * count
        weight_total = count
    else:
        weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_nonnegative(weights))[1]
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, _nonnegative(data)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, T)


def median(data):
    """The middle value (the mean of the two middle ones for an even count)."""
    ordered = sorted(data)
    count = len(ordered)
    if not count:
        raise StatisticsError(_NO_MEDIAN)
    half = count // 2
    if count % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle ones."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError(_NO_MEDIAN)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The middle value, or the higher of the two middle ones."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError(_NO_MEDIAN)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes `interval` wide, by interpolation
    within the class holding the middle value (a float)."""
    ordered = sorted(data)
    count = len(ordered)
    if not count:
        raise StatisticsError(_NO_MEDIAN)
    middle = ordered[count // 2]
    below = bisect_left(ordered, middle)
    inside = bisect_right(ordered, middle, lo=below) - below
    try:
        width, centre = float(interval), float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    return centre - width / 2.0 + width * (count / 2 - below) / inside


def mode(data):
    """The most common value (the first seen among equals)."""
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, seen in counts.items() if seen == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing the data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, weight = divmod(i * span, n)
            cuts.append((ordered[j] * (n - weight) + ordered[j + 1] * weight) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            weight = i * span - j * n
            cuts.append((ordered[j - 1] * (n - weight) + ordered[j] * weight) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# -------------------------------------------------------------------------------------- spread

def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise _needs('variance', 2)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise _needs('pvariance', 1)
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation, correctly rounded."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise _needs('stdev', 2)
    return _sqrt_of(ss / (n - 1), T)


def pstdev(data, mu=None):
    """The population standard deviation, correctly rounded."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise _needs('pstdev', 1)
    return _sqrt_of(ss / n, T)


# ------------------------------------------------------------------------------- paired data

def _pair_sums(x, y, what, centred=True):
    """(sum of x*y, sum of x*x, x mean, y mean) of two equally long sequences, as floats (the
    products of the deviations from the means when centred)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise _needs(what, 2)
    if not centred:
        return _fsum([a * b for a, b in zip(x, y)]), _fsum([a * a for a in x]), 0.0, 0.0
    x_mean, y_mean = _fsum(x) / n, _fsum(y) / n
    sxy = _fsum([(a - x_mean) * (b - y_mean) for a, b in zip(x, y)])
    sxx = _fsum([(a - x_mean) * (a - x_mean) for a in x])
    return sxy, sxx, x_mean, y_mean


def covariance(x, y, /):
    """The sample covariance of x and y."""
    sxy = _pair_sums(x, y, 'covariance')[0]
    return sxy / (len(x) - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    sxy, sxx, _, y_mean = _pair_sums(x, y, 'correlation')
    syy = _fsum([(b - y_mean) * (b - y_mean) for b in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


def _make_linear_regression():
    from collections import namedtuple
    return namedtuple('LinearRegression', ('slope', 'intercept'), module='statistics')


LinearRegression = _make_linear_regression()


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y) (through the origin when
    proportional)."""
    sxy, sxx, x_mean, y_mean = _pair_sums(x, y, 'linear regression', centred=not proportional)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# -------------------------------------------------------------------------------- NormalDist

_AS241 = {
    'central': ((2509.0809287301227, 33430.57558358813, 67265.7709270087, 45921.95393154987,
                 13731.69376550946, 1971.5909503065513, 133.14166789178438, 3.3871328727963665),
                (5226.495278852854, 28729.085735721943, 39307.89580009271, 21213.794301586597,
                 5394.196021424751, 687.1870074920579, 42.31333070160091, 1.0)),
    'near': ((0.0007745450142783414, 0.022723844989269184, 0.2417807251774506, 1.2704582524523684,
              3.6478483247632045, 5.769497221460691, 4.630337846156546, 1.4234371107496835),
             (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
              0.14810397642748008, 0.6897673349851, 1.6763848301838038, 2.053191626637759, 1.0)),
    'tail': ((2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
              0.026532189526576124, 0.29656057182850487, 1.7848265399172913, 5.463784911164114,
              6.657904643501103),
             (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
              0.0007868691311456133, 0.014875361290850615, 0.1369298809227358, 0.599832206555888,
              1.0)),
}


def _polynomial(coefficients, r):
    """The polynomial with these coefficients (highest power first) at r."""
    value = 0.0
    for c in coefficients:
        value = value * r + c
    return value


def _normal_quantile(p, mu, sigma):
    """The p-quantile of N(mu, sigma) by Wichura's algorithm AS 241."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241['central']
        return mu + (_polynomial(num, r) * q / _polynomial(den, r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        num, den = _AS241['near']
        r = r - 1.6
    else:
        num, den = _AS241['tail']
        r = r - 5.0
    x = _polynomial(num, r) / _polynomial(den, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma



class NormalDist:
    """A normal distribution N(mu, sigma): its density, cumulative distribution and quantiles,
    and arithmetic with constants and other independent NormalDists."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist estimated from samples (their mean and sample standard deviation)."""
        T, ss, centre, n = _ss(data)
        if n < 2:
            raise _needs('stdev', 2)
        spread = ss / (n - 1)
        return cls(float(centre), _float_sqrt(spread.numerator, spread.denominator))

    def samples(self, n, *, seed=None):
        """n random values from this distribution (reproducible with a seed)."""
        import random
        draw = (random.Random(seed) if seed is not None else random).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def _require_spread(self, what):
        if not self._sigma:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        """The probability density at x."""
        self._require_spread('pdf')
        var = self._sigma ** 2
        dx = x - self._mu
        return math.exp(dx * dx / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """The probability of a value at most x."""
        self._require_spread('cdf')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p."""
        if not 0.0 < p < 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n - 1 cut points dividing the distribution into n equally likely intervals."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        v_narrow, v_wide = narrow.variance, wide.variance
        if not v_narrow or not v_wide:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v_wide - v_narrow
        dm = math.fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * narrow._sigma * math.sqrt(2.0)))
        a = narrow._mu * v_wide - wide._mu * v_narrow
        b = narrow._sigma * wide._sigma * math.sqrt(dm * dm + dv * math.log(v_wide / v_narrow))
        crossings = ((a + b) / dv, (a - b) / dv)
        return 1.0 - sum(math.fabs(wide.cdf(x) - narrow.cdf(x)) for x in crossings)

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        self._require_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean of the normal distribution.')
    median = property(lambda self: self._mu, doc='Return the median of the normal distribution')
    mode = property(lambda self: self._mu, doc='Return the mode of the normal distribution')
    stdev = property(lambda self: self._sigma, doc='Standard deviation of the normal distribution.')
    variance = property(lambda self: self._sigma * self._sigma, doc='Square of the standard deviation.')

    # Arithmetic: shifting and scaling by constants; sums and differences of independent ones.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * math.fabs(other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
