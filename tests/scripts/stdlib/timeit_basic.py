# timeit: Timer with string and callable statements, namespaces, repeat/autorange counts, errors.
import timeit

calls = []


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 0.05
        return self.now


t = timeit.Timer('calls.append(1)', timer=FakeClock(), globals={'calls': calls})
print(round(t.timeit(10), 6), len(calls))
print([round(x, 6) for x in t.repeat(3, 4)], len(calls))
seen = []
ticks = []
print(timeit.Timer('ticks.append(1)', timer=lambda: len(ticks) * 0.01, globals={'ticks': ticks}).autorange(
    lambda n, s: seen.append((n, round(s, 6)))), seen)
print(timeit.timeit('x = 1', number=5) >= 0, len(timeit.repeat('x = 1', repeat=2, number=3)))
counter = [0]


def bump():
    counter[0] += 1


timeit.timeit(bump, setup=lambda: counter.append('setup'), number=7)
print(counter)
print(timeit.timeit('y', setup='y = 5', number=3) >= 0)
g = {'value': 3}
timeit.timeit('result = value * 2; out.append(result)', setup='out = []', number=2, globals=g)
print(sorted(k for k in g if not k.startswith('__')))
multi = timeit.Timer('for i in range(3):\n    acc.append(i)', setup='acc = []\nacc.append(-1)')
print(multi.timeit(2) >= 0)
print(timeit.default_timer is __import__('time').perf_counter, timeit.default_number, timeit.default_repeat)
for bad in [lambda: timeit.Timer(5), lambda: timeit.Timer('pass', 5),
            lambda: timeit.Timer('x = ('), lambda: timeit.Timer('pass', 'y = )'),
            lambda: timeit.Timer('return 5'), lambda: timeit.timeit('1/0', number=1),
            lambda: timeit.timeit('undefined_name', number=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(timeit.__all__)
