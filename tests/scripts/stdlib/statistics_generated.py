"""statistics on generated data sets (a fixed linear congruential generator): ints, floats,
Fractions, Decimals and mixes, every function, compared exactly (repr), plus the errors."""
import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D
class _Rng:
    def __init__(self, seed): self.s = seed
    def _next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.s >> 11
    def random(self): return self._next() / float(1 << 53)
    def randint(self, a, b): return a + self._next() % (b - a + 1)
    def choice(self, seq): return seq[self._next() % len(seq)]
R = _Rng(99)
def e(f, *a, **k):
    try:
        r = f(*a, **k)
        return repr(r)
    except Exception as ex:
        return f'{type(ex).__name__}: {ex}'
def dataset(kind, n):
    if kind == 'int': return [R.randint(-50, 50) for _ in range(n)]
    if kind == 'pos': return [R.randint(1, 1000) for _ in range(n)]
    if kind == 'float': return [R.random() * 200 - 100 for _ in range(n)]
    if kind == 'pfloat': return [R.random() * 10 + 0.01 for _ in range(n)]
    if kind == 'frac': return [F(R.randint(-30, 30), R.randint(1, 12)) for _ in range(n)]
    if kind == 'dec': return [D(R.randint(-10**5, 10**5)) / D(100) for _ in range(n)]
    if kind == 'mix': return [R.choice([R.randint(0, 9), F(R.randint(0, 9), 7)]) for _ in range(n)]
    if kind == 'mixf': return [R.choice([R.randint(0, 9), R.random()]) for _ in range(n)]
    if kind == 'big': return [R.randint(10**20, 10**21) * 4 for _ in range(n)]
    if kind == 'tiny': return [R.random() * 1e-300 for _ in range(n)]
FUNCS = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
         'variance', 'pvariance', 'stdev', 'pstdev']
for kind in ['int', 'pos', 'float', 'pfloat', 'frac', 'dec', 'mix', 'mixf', 'big', 'tiny']:
    for n in [0, 1, 2, 3, 5, 10, 31]:
        data = dataset(kind, n)
        out = [kind, str(n)]
        for name in FUNCS:
            out.append(name + '=' + e(getattr(S, name), data))
        out.append('q=' + e(S.quantiles, data))
        out.append('qi=' + e(S.quantiles, data, n=7, method='inclusive'))
        if n >= 2:
            out.append('var_mu=' + e(S.variance, data, data[0]))
            out.append('pvar_mu=' + e(S.pvariance, data, data[1]))
            other = dataset(kind, n)
            out.append('cov=' + e(S.covariance, data, other))
            out.append('cor=' + e(S.correlation, data, other))
            out.append('lr=' + e(S.linear_regression, data, other))
            out.append('lrp=' + e(S.linear_regression, data, other, proportional=True))
            out.append('hw=' + e(S.harmonic_mean, data, weights=[abs(x) + 1 for x in other]))
            out.append('fw=' + e(S.fmean, data, [abs(x) + 1 for x in other]))
            out.append('mg=' + e(S.median_grouped, data, interval=2))
        print(' | '.join(out))
print(e(S.mean, [1, 2, 'a'])); print(e(S.mean, iter([1, 2, 3]))); print(e(S.mean, [True, False]))
print(e(S.mean, [F(1, 2), 0.5])); print(e(S.mean, [D('0.5'), 1])); print(e(S.mean, [D('0.5'), F(1, 2)])); print(e(S.mean, [float('inf'), 1]), e(S.mean, [float('nan')]))
print(e(S.variance, [float('inf'), 1, 2]), e(S.stdev, [1.5, float('nan')]))
print(e(S.quantiles, [1, 2, 3], n=0), e(S.quantiles, [1], n=4), e(S.quantiles, [1, 2], method='x'), e(S.quantiles, [1, 2, 3, 4], n=1))
print(e(S.harmonic_mean, [1, -1]), e(S.harmonic_mean, [0, 1]), e(S.harmonic_mean, [1, 2], weights=[1]), e(S.harmonic_mean, [2, 4], weights=[0, 0]))
print(e(S.geometric_mean, [1, -1]), e(S.geometric_mean, []), e(S.fmean, [1, 2], [1]), e(S.fmean, [1, 2], [1, -1]))
print(e(S.covariance, [1], [2]), e(S.covariance, [1, 2], [2]), e(S.correlation, [1, 1], [1, 2]), e(S.linear_regression, [1, 1], [1, 2]))
print(e(S.mode, []), e(S.multimode, []), e(S.multimode, 'aabbbcccd'), e(S.mode, 'aab'), e(S.median, []))
nd = S.NormalDist(10, 2)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, nd.pdf(9), nd.cdf(9), nd.inv_cdf(0.3), nd.quantiles(), nd.zscore(13))
print(nd + 1, 1 + nd, nd - 1, 1 - nd, nd * 2, 2 * nd, nd / 2, -nd, +nd, nd + S.NormalDist(1, 1), nd - S.NormalDist(1, 1), nd == S.NormalDist(10, 2), nd == 3, hash(nd) == hash(S.NormalDist(10, 2)))
print(nd.overlap(S.NormalDist(12, 3)), nd.overlap(S.NormalDist(12, 2)), S.NormalDist.from_samples([1, 2, 3, 4]), len(nd.samples(5, seed=1)))
print(e(S.NormalDist, 0, -1), e(nd.inv_cdf, 0), e(nd.inv_cdf, 1), e(S.NormalDist(1, 0).pdf, 1), e(nd.overlap, 3), e(S.NormalDist.from_samples, [1]))
import pickle, copy
print(pickle.loads(pickle.dumps(nd)), copy.copy(nd), S.NormalDist().inv_cdf(0.975), S.NormalDist().cdf(1.96))
for p in [1e-10, 0.01, 0.2, 0.5, 0.8, 0.999, 1 - 1e-12]:
    print(p, S.NormalDist(3, 7).inv_cdf(p))
lr = S.linear_regression([1, 2, 3], [2, 4, 7])
print(lr, lr.slope, lr.intercept, type(lr).__name__)
print(S.StatisticsError.__mro__[1].__name__, S.StatisticsError.__module__)
