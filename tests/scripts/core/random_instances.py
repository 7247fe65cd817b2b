# random.Random instances: their own Mersenne Twister, seeded and drawn as CPython does, independent of the module generator.
import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice('abcdef'), r.uniform(1, 2))
l = list(range(10)); r.shuffle(l); print(l, r.sample(range(100), 3), r.randrange(0, 100, 5))
print(r.choices('xyz', k=4), round(r.gauss(0, 1), 12), r.getrandbits(40))
random.seed(42)
a = random.random()
r2 = random.Random(42)
print(a == r2.random(), random.random() != r2.random() or True)
r3 = random.Random('hello'); print(r3.random())
r4 = random.Random(); r4.seed(7); print(r4.random(), random.Random(7).random())
print(type(r).__name__, isinstance(r, random.Random))
s1 = random.Random(1); s2 = random.Random(1)
print([s1.randint(0, 9) for _ in range(5)] == [s2.randint(0, 9) for _ in range(5)])
try:
    random.Random(1, 2)
except TypeError as e:
    print('TypeError')
