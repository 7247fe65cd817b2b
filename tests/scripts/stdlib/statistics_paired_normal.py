import statistics as st
from fractions import Fraction
print(st.median_grouped([52, 52, 53, 54]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=1))
print(st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median_grouped([5]), st.median_grouped([1.5, 2.5, 2.5, 3.5]))
print(st.median_grouped([Fraction(1, 2), Fraction(3, 2), Fraction(3, 2)]))
for bad in ([], ["a", "b"]):
    try: print(st.median_grouped(bad))
    except (st.StatisticsError, TypeError) as e: print(type(e).__name__, e)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, list(reversed(x))))
print(st.correlation(x, x), st.correlation(x, list(reversed(x))), st.correlation(x, y))
print(st.linear_regression(x, [2 * v + 1 for v in x]))
r = st.linear_regression([1, 2, 3], [2.1, 3.9, 6.2], proportional=True)
print(r, r.slope, r.intercept, tuple(r))
for f, args in [(st.covariance, ([1], [2])), (st.covariance, ([1, 2], [1])), (st.correlation, ([1, 1, 1], [1, 2, 3])),
                (st.correlation, ([1], [1])), (st.linear_regression, ([1, 1], [2, 3])), (st.linear_regression, ([1, 2], [1]))]:
    try: print(f(*args))
    except st.StatisticsError as e: print(f.__name__, e)
n = st.NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(110), n.cdf(110), n.inv_cdf(0.9), n.zscore(130))
print(n.quantiles(), st.NormalDist().quantiles(10))
for p in (1e-10, 0.001, 0.02, 0.3, 0.5, 0.7, 0.98, 0.9999, 1 - 1e-12):
    print(p, st.NormalDist().inv_cdf(p))
print(n.overlap(st.NormalDist(110, 20)), n.overlap(st.NormalDist(120, 15)))
print(n + 5, n - 5, n * 2, n / 2, 2 * n, 5 + n, 5 - n, -n, +n)
print(n + st.NormalDist(0, 20), n - st.NormalDist(10, 20))
print(n == st.NormalDist(100.0, 15.0), n == 3, hash(n) == hash(st.NormalDist(100, 15)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
s = st.NormalDist(0, 1).samples(3, seed=42)
print(len(s), all(isinstance(v, float) for v in s))
for call in (lambda: st.NormalDist(0, -1), lambda: st.NormalDist(1, 0).pdf(1), lambda: st.NormalDist(1, 0).cdf(1),
             lambda: st.NormalDist().inv_cdf(1.0), lambda: st.NormalDist(1, 0).inv_cdf(0.5), lambda: st.NormalDist(1, 0).zscore(1),
             lambda: st.NormalDist().overlap(1), lambda: st.NormalDist(1, 0).overlap(st.NormalDist()), lambda: st.NormalDist.from_samples([1])):
    try: print(call())
    except (st.StatisticsError, TypeError) as e: print(type(e).__name__, e)
try:
    n.x = 1
except AttributeError as e: print("AttributeError")
