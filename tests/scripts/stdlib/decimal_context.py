# Decimal contexts: the templates, getcontext/setcontext per thread, localcontext (with 3.11's
# keyword arguments), flags and traps, the exceptions trapped signals raise, mixing with
# int/float, and operators under the current context.
import decimal
import pickle
import threading
from decimal import Decimal, Context, localcontext, getcontext, setcontext

print(getcontext())
print(decimal.BasicContext)
print(decimal.ExtendedContext)
print(decimal.DefaultContext.prec, decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)

D = Decimal
print(D(1) / D(7), D(2) ** D(100), D(10) // D(3), D(-10) // D(3), D(-10) % D(3), divmod(D(7), D(-2)))
print(D("1.1") + 2, 3 - D("0.5"), D("2.5") * 4, 10 / D(4), 2 ** D(3), D(2) ** -2, -D("0"), +D("1.00"), abs(D("-3")))
print(D(1) == 1, D("1.0") == 1.0, D("0.1") == 0.1, D(1) < 2, 2 > D("1.5"), D(3) <= 3.5, sorted([D(3), 1, 2.5, D("0.5")]))
print(D("NaN") == D("NaN"), D("NaN") != 1, D(5).max(D("NaN")), min(D(2), D(1)), max([D("1.5"), D(2)]))
for expr in ["D(1) + 1.0", "1.5 * D(2)", "D(1) < 'x'", "D('sNaN') == 1", "D('NaN') < 1", "hash(D('sNaN'))",
             "int(D('NaN'))", "int(D('-Infinity'))", "D(1) / 0", "D(0) / 0", "D(-1).sqrt()", "D(1) // 0",
             "D(1) % 0", "D('Infinity') - D('Infinity')", "D(5).quantize(D('1E-30'))", "D('1e999999') * 10",
             "round(D('NaN'))", "D(1).quantize(D('0.1'), rounding='bogus')", "Context(prec=0)",
             "Context(rounding='ROUND_SIDEWAYS')", "Context(Emax=-1)", "getcontext().flags['x']", "D(2).ln(3)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(getcontext().flags[decimal.FloatOperation], getcontext().flags[decimal.InvalidOperation])
getcontext().clear_flags()

with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), ctx.prec, getcontext().prec)
print(getcontext().prec, D(1) / D(3))
with localcontext(prec=3, rounding=decimal.ROUND_UP) as ctx:
    print(D(1) / D(3), D(2) / D(3), ctx.rounding)
with localcontext(decimal.ExtendedContext) as ctx:
    print(D(1) / D(0), D(0) / D(0), ctx.flags[decimal.DivisionByZero])
try:
    with localcontext(precision=5):
        pass
except TypeError as e:
    print("TypeError", e)

ctx = Context(prec=6, traps=[decimal.Inexact])
try:
    ctx.divide(D(1), D(3))
except decimal.Inexact as e:
    print(type(e).__name__, e.args, isinstance(e, ArithmeticError))
ctx.traps[decimal.Inexact] = False
print(ctx.divide(D(1), D(3)), ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
print(ctx)
ctx.traps[decimal.FloatOperation] = True
try:
    ctx.create_decimal_from_float(0.5) if False else Decimal(0.5, ctx)
except decimal.FloatOperation as e:
    print("FloatOperation", e.args, isinstance(e, TypeError))

results = []


def worker(prec):
    getcontext().prec = prec
    results.append((prec, str(D(2).sqrt()), getcontext().prec))


threads = [threading.Thread(target=worker, args=(p,)) for p in (3, 10, 20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), getcontext().prec)
setcontext(decimal.ExtendedContext)
print(getcontext().prec, getcontext() is decimal.ExtendedContext, D(1) / D(0))
setcontext(decimal.DefaultContext)

for v in [D("1.5"), D("-0"), D("NaN"), D("1E+100"), D("123.4567")]:
    for proto in (0, 2, 4):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, data, repr(back))
print(pickle.loads(pickle.dumps(Context(prec=7, traps=[decimal.Overflow]))))

x = D("123.456")
print(x.quantize(D("0.1")), x.quantize(D("1E+1")), x.quantize(D("0.01"), rounding=decimal.ROUND_DOWN))
print(x.to_integral_value(), x.normalize(), D("1.2000").normalize(), D("0E+5").normalize(), x.scaleb(3))
print(x.fma(2, 1), x.copy_sign(-1), x.copy_abs(), x.copy_negate(), x.compare(D(200)), x.compare_total(D("123.4560")))
print(x.is_finite(), x.is_zero(), D("sNaN").is_snan(), D("NaN").is_qnan(), D("-inf").is_infinite(),
      D("1E-999999").is_subnormal(), D("1E-999999").is_normal(), x.number_class(), D("-0").number_class())
print(x.as_integer_ratio(), D("-0.75").as_integer_ratio(), x.adjusted(), D("1E+5").adjusted())
print(D("0.1").exp(), D(10).ln(), D("0.001").log10(), D(2).sqrt(), D("1E-10").sqrt(), D(16).sqrt(), D("0.25").sqrt())
print(D(3).logb(), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(2), D(12).shift(2), D(12345).rotate(-2))
print(D(10).logical_and(D(11)), D(10).logical_or(D(1)), D(10).logical_xor(D(11)))
print(D(7).remainder_near(D(4)), D(9).remainder_near(D(4)), pow(D(3), D(4), D(5)), D(2).same_quantum(D(3)))
