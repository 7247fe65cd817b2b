import statistics as st, fractions, decimal, math
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2, 3, 3, 3]))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.multimode("aabbbbccddddeeffffgg"), st.fmean([3.5, 4.0, 5.25]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("0.5"), Decimal("0.75")]), st.median_grouped([52, 52, 53, 54]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
nd = st.NormalDist(mu=100, sigma=15); print(nd, nd.cdf(130), nd.inv_cdf(0.9), nd.pdf(100), nd.overlap(st.NormalDist(110, 10)), nd + 5, nd * 2)
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print(e)
f = Fraction(3, 4); g = Fraction("1/3"); print(f + g, f * g, f / g, f ** 2, -f, abs(Fraction(-1, 2)), f > g, float(f), int(Fraction(7, 2)))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3.1415"), Fraction(Decimal("1.1")), repr(Fraction(6, -4)), Fraction(5).denominator)
print(Fraction(7, 3).as_integer_ratio(), round(Fraction(7, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), Fraction(1, 3) == 1/3, f"{Fraction(1, 3)}")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
getcontext().prec = 28
print(Decimal(1) / Decimal(7), Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") * 2, Decimal("10").sqrt(), Decimal("-0"), Decimal("1e3").normalize())
with localcontext() as ctx:
    ctx.prec = 3; ctx.rounding = ROUND_DOWN
    print(Decimal("1.2399") + 0, Decimal(2).sqrt())
print(repr(Decimal("1.5")), str(Decimal("1E+2")), Decimal("123.456").as_tuple(), Decimal("7.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("2.567"), 2))
print(sum([Decimal("0.10")] * 3), Decimal("12.5") % 5, Decimal("-7") // 2, divmod(Decimal(7), Decimal(2)), Decimal("1.23E-7"), f"{Decimal('1234.5678'):,.2f}")
try:
    Decimal("abc")
except InvalidOperation as e:
    print(type(e).__name__, e)
try:
    Decimal(1) / 0
except decimal.DivisionByZero as e:
    print(type(e).__name__, e)
print(Decimal("NaN"), Decimal("Infinity"), Decimal("-inf") < 0, Decimal(3).is_nan(), Decimal("1.0") == 1, Decimal("0.5") < 0.6, math.isclose(1.0, 1.0 + 1e-10))
print(math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isqrt(99), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(3, 4, 12))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(1, -0.0), math.trunc(-2.7), math.frexp(8.0), math.modf(-3.25), math.log(100, 10), math.log2(1024), math.erf(0.5), math.gamma(5.5), math.nextafter(1, 2), math.ulp(1.0))
