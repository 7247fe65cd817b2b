# Random (fixed-seed LCG) operands of up to 30 digits and contexts of every rounding mode and
# precision, through the arithmetic, power, root, logarithm and rescaling operations.
import decimal
from decimal import Decimal, Context

ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
state = 2024


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def number():
    digits = "".join(str(rnd(10)) for _ in range(1 + rnd(30)))
    sign = "-" if rnd(3) == 0 else ""
    return Decimal("%s%sE%d" % (sign, digits, rnd(61) - 30))


def show(ctx, name, fn):
    ctx.clear_flags()
    try:
        r = fn()
    except Exception as e:
        r = type(e).__name__
    flags = "".join(s.__name__[0:2] for s in (decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow,
                                              decimal.Underflow, decimal.Subnormal, decimal.Inexact,
                                              decimal.Rounded, decimal.Clamped) if ctx.flags[s])
    print(name, r, flags)


for i in range(1200):
    ctx = Context(prec=1 + rnd(40), rounding=ROUNDINGS[rnd(8)], Emax=rnd(2) and 50 or 999999,
                  Emin=rnd(2) and -50 or -999999, clamp=rnd(4) == 0, traps=[])
    a, b = number(), number()
    k = rnd(12)
    if k == 0:
        show(ctx, "add", lambda: ctx.add(a, b))
    elif k == 1:
        show(ctx, "sub", lambda: ctx.subtract(a, b))
    elif k == 2:
        show(ctx, "mul", lambda: ctx.multiply(a, b))
    elif k == 3:
        show(ctx, "div", lambda: ctx.divide(a, b))
    elif k == 4:
        show(ctx, "pow", lambda: ctx.power(a, Decimal(rnd(9) - 4)))
    elif k == 5:
        show(ctx, "sqrt", lambda: ctx.sqrt(a.copy_abs()))
    elif k == 6:
        show(ctx, "quantize", lambda: ctx.quantize(a, Decimal("1E%d" % (rnd(20) - 10))))
    elif k == 7:
        show(ctx, "fma", lambda: ctx.fma(a, b, number()))
    elif k == 8:
        show(ctx, "exp", lambda: ctx.exp(Decimal("%sE-%d" % (str(a.copy_abs().as_tuple().digits[0]) + "23", rnd(4)))))
    elif k == 9:
        show(ctx, "ln", lambda: ctx.ln(a.copy_abs()))
    elif k == 10:
        show(ctx, "log10", lambda: ctx.log10(a.copy_abs()))
    else:
        show(ctx, "divmod", lambda: ctx.divmod(a, b))

for i in range(300):
    ctx = Context(prec=1 + rnd(30), rounding=ROUNDINGS[rnd(8)], traps=[])
    a = number().copy_abs()
    b = Decimal("%d.%d" % (rnd(7) - 3, rnd(100)))
    show(ctx, "pow", lambda: ctx.power(a, b))
    show(ctx, "sqrt", lambda: ctx.sqrt(a))
    show(ctx, "exp", lambda: ctx.exp(b))
