"""format(float, spec) with a precision and no type (as g, scientific from exponent p-1, at least one digit past the point), over many values and specs."""
import random
random.seed(7)
xs = [0.0, -0.0, 5.0, 100.0, 1234.5, 0.1, 1e16, 1e-5, 123456.0, 2.5, 9.995, 99.95, 0.00001234, 1e-4, 0.5, 1.0, 10.0, 999.9999, float('inf'), float('nan')]
xs += [random.uniform(-1e6, 1e6) for _ in range(100)] + [random.random() * 10 ** random.randint(-8, 20) for _ in range(200)]
out = []
for x in xs:
    for spec in ('.1', '.2', '.3', '.6', '.12', '.17', '#.3', '10.3', '+.4', '', '#.1', '.0', '<12.5', ',.3', '_.8'):
        try: out.append(format(x, spec))
        except ValueError as e: out.append(str(e))
for i, s in enumerate(out): print(i, s)
