# statistics (exact sums: results equal python3's to the last bit), fractions.Fraction, correctly
# rounded int / int, float.as_integer_ratio, round() passing ndigits to __round__.
import random
import statistics as st
from fractions import Fraction

random.seed(7)
times = [random.uniform(0.001, 0.5) for _ in range(200)]
ints = [random.randint(1, 100) for _ in range(101)]
print(st.mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3)
for data in (times, ints, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [1, 2, 3, 4]):
    print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
    print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
    print(st.quantiles(data), st.quantiles(data, n=10, method='inclusive'))
    print(st.geometric_mean(data), st.harmonic_mean(data))
print(st.mode([1, 1, 2, 3, 3, 3]), st.multimode("aabbbcc" + "cc"), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.variance([1, 2, 3, 4, 5]))
print(type(st.mean([1, 2, 3])), st.mean([1, 2, 3, 4]), st.median([1, 3, 5, 7]), st.mean([1, 2.5]))
print(st.mean([1e308, 1e308]), st.stdev([1e-10, 2e-10, 3e-10]), st.mean([float('inf'), 1]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
f = Fraction(3, -6)
print(f, repr(f), f + 1, f * 2, f / Fraction(1, 4), float(f), int(Fraction(7, 2)), Fraction(0.75), Fraction('2/8'), Fraction('1.25'), f < 0, f == -0.5, hash(Fraction(4, 2)) == hash(2))
print(Fraction(3.141592653589793).limit_denominator(1000), round(Fraction(5, 2)), round(Fraction(7, 3), 2), abs(f), -f, f ** 2, f ** -1)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# int / int rounding against python3 on random big operands
import random
random.seed(3)
out = []
for _ in range(3000):
    a = random.getrandbits(random.randint(1, 400)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 400)) or 1
    out.append(repr(a / b))
print(hash(tuple(out)) if False else len(out), out[:3])
print("\n".join(out[::97]))
print(10**400 // 3 / 10**399, (2**1100) / (2**1000 + 1))
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
