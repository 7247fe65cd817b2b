"""random: pseudo-random numbers with CPython's streams.

The Mersenne Twister itself (seeding, random(), getrandbits(), the raw state) is native, in
_random (src/modules/random.rs). This file builds everything else on those two draws, each
algorithm taking exactly the draws CPython's takes, so a given seed yields the same values as
python3: integers by rejection on getrandbits(), floats from random(), and the distributions.
The module-level functions are bound methods of one hidden Random instance.
"""

import _random
from bisect import bisect as _bisect
from collections.abc import Sequence as _Sequence
from itertools import accumulate as _accumulate, repeat as _repeat
from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp,
                  floor as _floor, isfinite as _isfinite, log as _log, pi as _pi,
                  sin as _sin, sqrt as _sqrt, tau as TWOPI)
from operator import index as _as_int
from os import urandom as _urandom

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
           "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
           "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed",
           "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate"]

NV_MAGICCONST = 4.0 * _exp(-0.5) / _sqrt(2)
LOG4 = _log(4.0)
SG_MAGICCONST = _log(4.5) + 1.0
BPF = 53                # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_FUTURE_TYPE_ERROR = 'randrange() will raise TypeError in the future'
_NON_INTEGER_DEPRECATED = ('non-integer arguments to randrange() have been deprecated since '
                           'Python 3.10 and will be removed in a subsequent version')


def _warn_deprecated(message):
    import warnings
    # point at the caller of randrange() (past _whole and randrange itself)
    warnings.warn(message, DeprecationWarning, 4)


def _whole(value, which):
    """randrange()'s view of an argument: an int; an integral float passes with a warning."""
    try:
        return _as_int(value)
    except TypeError:
        pass
    whole = int(value)
    if whole != value:
        _warn_deprecated(_FUTURE_TYPE_ERROR)
        raise ValueError("non-integer %s for randrange()" % which)
    _warn_deprecated(_NON_INTEGER_DEPRECATED)
    return whole


def _string_seed_v1(text):
    """Version 1 seeding of a str/bytes (Python 2's string hash), kept for old pickled seeds."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    h = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        h = ((1000003 * h) ^ code) & 0xFFFFFFFFFFFFFFFF
    h ^= len(text)
    return -2 if h == -1 else h


class Random(_random.Random):
    """A Mersenne Twister generator; the module's functions are methods of a hidden one.

    Each instance has a generator of its own. Subclasses may supply their own basic generator by
    overriding random(), seed(), getstate() and setstate(); adding getrandbits() lets randrange()
    reach ranges of any size.
    """

    VERSION = 3     # what getstate() writes and setstate() reads

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick how integers below n are drawn, from the nearest class in the MRO that says
        # something: its own _randbelow, a getrandbits() to reject on, or only random().
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def seed(self, a=None, version=2):
        """Start the generator again from a: None (the time), an int, a float, or a str, bytes or
        bytearray (all of whose bits count in version 2)."""
        if version == 1 and isinstance(a, (bytes, str)):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, bytearray):
            a = bytes(a)
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's whole state, for setstate()."""
        words = super().getstate()[1]
        return self.VERSION, words, self.gauss_next

    def setstate(self, state):
        """Go back to a state getstate() returned."""
        version = state[0]
        if version == 3:
            version, words, gauss_next = state
        elif version == 2:
            # version 2 pickles may hold the words as signed numbers
            version, words, gauss_next = state
            try:
                words = tuple(w % 2 ** 32 for w in words)
            except ValueError as e:
                raise TypeError from e
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        super().setstate((3, words, None))
        self.gauss_next = gauss_next

    # copy and pickle go through the state
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # -- integers

    def _randbelow_with_getrandbits(self, n):
        """An int in range(n), drawing bit_length(n) bits until they are below n."""
        draw = self.getrandbits
        bits = n.bit_length()
        value = draw(bits)
        while value >= n:
            value = draw(bits)
        return value

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in range(n) from random() alone (for subclasses without getrandbits)."""
        draw = self.random
        if n >= maxsize:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        # reject the top sliver of [0, 1) that would favour the small results
        cutoff = (maxsize - maxsize % n) / maxsize
        u = draw()
        while u >= cutoff:
            u = draw()
        return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """A random int from range(start, stop, step), the end point excluded."""
        first = _whole(start, 'arg 1')
        if stop is None:
            if step != 1:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError("empty range for randrange()")
        last = _whole(stop, 'stop')
        width = last - first
        stride = _whole(step, 'step')
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (first, last, width))
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # how many values the range holds, rounding away from zero
        count = (width + stride - (1 if stride > 0 else -1)) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    # -- sequences

    def choice(self, seq):
        """One element of the non-empty sequence seq."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct elements of the sequence population, in selection order.

        counts gives how many times each element is repeated in the population (so the same
        value may be picked more than once)."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != n:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, p)] for p in picks]
        below = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        chosen = [None] * k
        # Small populations: draw from a shrinking copy. Large ones: draw indexes, redrawing
        # repeats, which costs less than copying when k is small next to n.
        copy_limit = 21
        if k > 5:
            copy_limit += 4 ** _ceil(_log(k * 3, 4))
        if n <= copy_limit:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                chosen[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                chosen[i] = population[j]
        return chosen

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements of population picked with replacement, optionally weighted (relative
        weights, or cumulative ones with cum_weights)."""
        draw = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f'The number of choices must be a keyword argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions

    def uniform(self, a, b):
        """A float between a and b."""
        span = b - a
        return a + span * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the midpoint by default)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            first = draw()
            second = 1.0 - draw()
            z = NV_MAGICCONST * (first - 0.5) / second
            if z * z / 4.0 <= -_log(second):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller: values come in pairs, the second kept for the next
        call). Not thread-safe without a lock; normalvariate() is."""
        draw = self.random
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal(mu, sigma)."""
        normal = self.normalvariate(mu, sigma)
        return _exp(normal)

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        u = 1.0 - self.random()
        return -_log(u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular normal distribution: mean angle mu, concentration kappa."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (r + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        offset = _acos((q + z) / (1.0 + q * z))
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta; both > 0)."""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB
            root = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            spread = alpha + root
            while True:
                a = draw()
                if a <= 1e-7 or a >= 0.9999999:
                    continue
                b = 1.0 - draw()
                v = _log(a / (1.0 - a)) / root
                x = alpha * _exp(v)
                w = a * a * b
                t = shift + spread * v - x
                if t + SG_MAGICCONST - 4.5 * w >= 0.0 or t >= _log(w):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        # alpha < 1: Ahrens and Dieter's algorithm GS
        while True:
            top = (_e + alpha) / _e
            p = top * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((top - p) / alpha)
            u = draw()
            if p > 1.0:
                if u <= x ** (alpha - 1.0):
                    break
            elif u <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (alpha, beta > 0)."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        second = self.gammavariate(beta, 1.0)
        return first / (first + second)

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from os.urandom(): not reproducible, so no seed or state."""

    def random(self):
        """A float in [0.0, 1.0) from 53 bits of os.urandom()."""
        return RECIP_BPF * (int.from_bytes(_urandom(7)) >> 3)

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes of os.urandom()."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Does nothing: the system's entropy cannot be seeded."
        return None

    def _stateless(self, *args, **kwds):
        "Not available: the system's entropy has no state."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module's functions share the hidden generator the native module seeds at start-up.
_inst = _random._global_instance(Random)
_inst.gauss_next = None
for _name in __all__[2:]:
    globals()[_name] = getattr(_inst, _name)
del _name


def _after_fork_in_child():
    _inst.seed()


try:
    import os as _os
    if hasattr(_os, 'register_at_fork'):
        _os.register_at_fork(after_in_child=_after_fork_in_child)
except ImportError:
    pass
