"""repr of floats lying exactly halfway between two shortest decimal forms: CPython keeps the
even last digit (these values come up in statistics' correctly rounded square roots)."""
values = []
for k in range(1, 400):
    for base in (1 << 50, 1 << 52, 10**15, 3 * 10**15):
        values.append(base + k / 4)
        values.append(-(base + k / 2))
print(len(values))
for start in range(0, len(values), 8):
    print(' '.join(repr(v) for v in values[start:start + 8]))
print(repr(1918591642466270.25), str(1918591642466270.75), f'{1918591642466270.25!r}', [0.125, 2.5, 1e22, 5e-324])
