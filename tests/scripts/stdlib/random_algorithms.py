# random: CPython's draws for every seed type and method (randrange/choice/shuffle/sample with
# counts/choices/distributions), errors and deprecation warnings, subclasses overriding random() or
# getrandbits(), state round trips (versions 2 and 3), gauss_next in the state.
import time
import random, copy
r = random.Random(5)
print(sorted(vars(r)) if hasattr(r, '__dict__') else 'nodict')
for seed in [0, 1, 42, -7, 2**70, 'abc', b'xyz', 3.5, None.__class__ and 12345]:
    random.seed(seed)
    out = [random.random(), random.randint(1, 10**30), random.randrange(0, 100, 7), random.choice('abcdef'),
           random.sample(range(100), 5), random.choices('abc', k=5), random.choices('abc', [1, 2, 3], k=4),
           random.choices('abc', cum_weights=[1, 2, 10], k=3), random.uniform(2, 5), random.triangular(), random.triangular(0, 10, 3),
           random.gauss(), random.gauss(1, 2), random.normalvariate(), random.lognormvariate(0, 1), random.expovariate(2),
           random.vonmisesvariate(1, 2), random.vonmisesvariate(1, 1e-7), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1),
           random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2), random.getrandbits(70), random.randbytes(5)]
    l = list(range(10)); random.shuffle(l); out.append(l)
    out.append(random.sample(['a', 'b', 'c', 'd'], counts=[1, 2, 3, 4], k=6))
    out.append(random.sample(range(10**9), 3))
    out.append(random.sample(list(range(30)), 25))
    print(seed, out)
r = random.Random(3)
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)], type(s), len(s), s[0], len(s[1]), s[2])
r2 = copy.copy(r); print(r2.random() == r.random())
print(r.__reduce__()[0], type(random.SystemRandom().random()))
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(0, 10, 0),
          lambda: random.randrange(1.5), lambda: random.randint(3, 1), lambda: random.choice([]),
          lambda: random.sample(range(3), 4), lambda: random.sample({1, 2}, 1), lambda: random.choices([], k=2),
          lambda: random.choices('ab', [1], k=1), lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
          lambda: random.choices('ab', [0, 0]), lambda: random.getrandbits(-1), lambda: random.Random().setstate((9, (), None)),
          lambda: random.sample(range(3), 2, counts=[1]), lambda: random.sample(range(3), -1), lambda: random.gammavariate(-1, 1),
          lambda: random.expovariate(0), lambda: random.randrange(10.0), lambda: random.randbytes(-1),
          lambda: random.choices('ab', [float('inf'), 1]), lambda: random.shuffle('abc'), lambda: random.seed([1]),
          lambda: random.sample(range(5), 2, counts=[1, 1, 1, 1, -1]), lambda: random.sample('ab', 1, counts=[0, 0])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Sub(random.Random):
    def random(self):
        return 0.25


s = Sub(1)
print(s.choice('abcd'), s.randrange(100), s.uniform(0, 8), s.triangular(0, 1), s.sample(range(10), 3), s.choices('ab', k=3))
l = list(range(5)); s.shuffle(l); print(l, s.getrandbits(8))


class Sub2(random.Random):
    def getrandbits(self, k):
        return 1


s2 = Sub2(1)
print(s2.randrange(100), s2.choice('abc'), s2.random())


class Sub3(random.Random):
    def seed(self, a=None, version=2):
        print('seed called', a)
        super().seed(a)


Sub3(4)
print(random.Random.VERSION, random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(random.__all__)
out = []
for seed in range(60):
    r = random.Random(seed)
    out.append((r.randrange(-10**20, 10**20, 3), r.sample(range(2000), 40), r.choices(range(50), weights=range(50), k=3),
                r.gammavariate(0.3, 2), r.gammavariate(7, 0.5), r.vonmisesvariate(0.5, 0.01), r.betavariate(0.5, 0.5),
                r.randrange(100, 0, -7), r.randint(-5, 5), r.getrandbits(33), r.triangular(1, 1), r.shuffle(l := list(range(12))) or l,
                r.choice(range(10**12)), r.sample('abcdefghij', k=10), r.normalvariate(3, 0), r.uniform(5, 1)))
for o in out:
    print(o)
r = random.Random(7)
r.gauss()
st = r.getstate()
print(st[2], r.gauss(), r.gauss())
r.setstate(st)
print(r.gauss())
r2 = random.Random()
r2.setstate((2, st[1], None)); print(r2.random())
l = list(range(100000)); random.seed(3); random.shuffle(l); print(l[:5], sum(random.random() for _ in range(100000)) > 0)
print(random.sample(range(10**6), 10))
