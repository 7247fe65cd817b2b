# The 'z' option of format specs (3.11): floats that round to zero drop their minus sign; ints
# and strs refuse it.

def show(value, spec):
    try:
        print(spec, repr(format(value, spec)), repr(f"{value:{spec}}"))
    except Exception as e:
        print(spec, type(e).__name__, e)

for v in [-0.0, -0.0001, 0.0, -1.5, -0.04, float("-inf"), float("nan"), -1e-300]:
    for spec in ["z", "z.1f", "z+.2f", "z=8.1f", "zg", "z.2e", "z%", "z,.2f", "z05.1f", "+z.0f", "z#.0f", "<z6.1f"]:
        show(v, spec)
for v, spec in [(-0, "z"), (5, "zd"), (True, "z"), ("a", "z"), ("a", "zs"), (-0.0, "z 5.1f"), (5, "z.1f")]:
    show(v, spec)
