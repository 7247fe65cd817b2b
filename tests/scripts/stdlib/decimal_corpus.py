# A generated corpus of decimal operations (operands and contexts picked by a fixed LCG), each
# printed with its result or the exception it raised and the flags it set.
import decimal
from decimal import Decimal, Context

VALUES = [
    "0", "-0", "1", "-1", "2", "3", "7", "10", "0.1", "-0.5", "0.5", "1.5", "2.5", "-2.5", "123.456",
    "1E+3", "1.000", "9.999", "99999", "1E-7", "-3.14159", "2.71828182845904523536", "1234567890123456789",
    "0.000123", "5E-10", "6E+12", "-7.5E+5", "1E+999", "-1E-999", "Infinity", "-Infinity", "NaN", "-NaN12",
    "sNaN", "12345678901234567890.123456789", "0.1E-5", "100", "45.0", "-0.00", "3.0000000001",
]

CONTEXTS = [
    Context(),
    Context(prec=9, rounding=decimal.ROUND_HALF_UP, traps=[]),
    Context(prec=5, rounding=decimal.ROUND_DOWN, traps=[]),
    Context(prec=7, rounding=decimal.ROUND_CEILING, Emax=99, Emin=-99, traps=[]),
    Context(prec=3, rounding=decimal.ROUND_FLOOR, Emax=9, Emin=-9, traps=[], clamp=1),
    Context(prec=6, rounding=decimal.ROUND_05UP, traps=[]),
    Context(prec=4, rounding=decimal.ROUND_HALF_DOWN, traps=[]),
    Context(prec=12, rounding=decimal.ROUND_UP, Emax=20, Emin=-20, traps=[]),
]

BINARY = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "power", "compare",
          "max", "min", "quantize", "remainder_near", "max_mag", "min_mag", "copy_sign", "same_quantum",
          "compare_total", "next_toward", "scaleb"]
UNARY = ["sqrt", "exp", "ln", "log10", "normalize", "to_integral_value", "to_integral_exact", "plus",
         "minus", "abs", "logb", "next_plus", "next_minus", "number_class", "to_sci_string",
         "to_eng_string", "is_normal", "is_subnormal", "create_decimal"]

state = 12345


def pick(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def flags(ctx):
    return ",".join(s.__name__ for s in [decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow,
                                         decimal.Underflow, decimal.Subnormal, decimal.Inexact,
                                         decimal.Rounded, decimal.Clamped] if ctx.flags[s])


def run(ctx, name, args):
    ctx.clear_flags()
    try:
        if name == "create_decimal":
            r = ctx.create_decimal(args[0])
        else:
            r = getattr(ctx, name)(*[Decimal(a) for a in args])
        text = str(r) if not isinstance(r, Decimal) else r.to_eng_string() if False else str(r)
    except Exception as e:
        text = "%s %s" % (type(e).__name__, e)
    return "%s(%s) = %s [%s]" % (name, ", ".join(args), text, flags(ctx))


for i in range(1500):
    ctx = CONTEXTS[pick(len(CONTEXTS))]
    a = VALUES[pick(len(VALUES))]
    b = VALUES[pick(len(VALUES))]
    name = BINARY[pick(len(BINARY))]
    if name == "power" and Decimal(b).is_finite() and abs(Decimal(b)) > 50:
        b = "3"
    if name == "scaleb":
        b = str(pick(40) - 20)
    print(CONTEXTS.index(ctx), run(ctx, name, [a, b]))

for i in range(900):
    ctx = CONTEXTS[pick(len(CONTEXTS))]
    a = VALUES[pick(len(VALUES))]
    name = UNARY[pick(len(UNARY))]
    print(CONTEXTS.index(ctx), run(ctx, name, [a]))

# Trapped conditions raise with the list of conditions.
for ctx in [Context(), decimal.BasicContext.copy(), Context(traps=[decimal.Inexact])]:
    for name, args in [("divide", ["1", "0"]), ("divide", ["0", "0"]), ("divide", ["1", "3"]),
                       ("create_decimal", ["abc"]), ("multiply", ["1E+999999", "10"]),
                       ("divide", ["1E-999999", "1E+10"]), ("sqrt", ["-1"]), ("quantize", ["1", "1E-30"])]:
        print(run(ctx, name, args))
