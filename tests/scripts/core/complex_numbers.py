# complex: literals, constructor and string parsing, repr/str/format, arithmetic (CPython division
# and power algorithms), comparisons, hash, errors, __complex__, subclasses.
n=float('nan'); i=float('inf')
for c in [complex(0,0), complex(-0.0,0), complex(0,-0.0), complex(-0.0,-0.0), complex(1,2), complex(1.5,-2.5), complex(0,n), complex(1,-n), complex(i,-i), complex(0,1e16), complex(1e-5,1e300), 1j, -1j, 2.5J, 1_0j, 0j, 1e3j, .5j]:
    print(repr(c), str(c), hash(c) if c == c else 'nan')
print(format(1+2j), format(1+2j,''), format(1+2j,'.2f'), format(1+2j,'10'), format(1+2j,'>20.3e'), format(1j,'g'), format(-0.0+1j,'.1f'), format(1+2j,'+'), format(3j, '^15'), format(1+2j, '.3'), f"{1-1j:*^12}", f"{-2j: }")
for s in ['1+2j', ' ( -j ) ', '1e3-2.5E-1J', '3', '1+j', '-1.5', 'inf+nanj', '1_0+2_0j', '  5j']:
    print(s, complex(s))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for s in ['1 + 2j', '', 'j1', '1+2', '(1+2j', 'x', '1__0j']:
    t(lambda: complex(s))
t(lambda: complex('1', 2)); t(lambda: complex(1, '2')); t(lambda: complex([])); t(lambda: complex(1, [])); t(lambda: complex(1,2,3))
t(lambda: complex(1j, 1j)); t(lambda: complex(real=1, imag=2)); t(lambda: complex(imag=3)); t(lambda: complex()); t(lambda: complex(True))
a, b = 1+2j, 3-4j
for x, y in [(a, b), (a, 2), (2, a), (a, 1.5), (1.5, a), (a, True)]:
    print(x+y, x-y, x*y, x/y, x**y if abs(x) < 10 else '')
print(a**2, a**-2, a**0, a**0.5, (1j)**2, 2**a, 0j**0, pow(a, 3))
t(lambda: a/0); t(lambda: a/0j); t(lambda: 1/0j); t(lambda: 0j**-1); t(lambda: 0j**1j); t(lambda: pow(a, 2, 3)); t(lambda: a//2); t(lambda: a%2); t(lambda: a < b); t(lambda: 1 < a); t(lambda: (1e200+1e200j)**50)
print(abs(3+4j), abs(-1j), -a, +a, a.real, a.imag, a.conjugate(), bool(0j), bool(1j), a == b, a != b, (1+0j) == 1, 1 == (1+0j), (1.5+0j) == 1.5, 1j == 1, hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5))
print(sum([1j, 2, 3.5]), isinstance(1j, complex), type(1j), type(1j).__name__, complex.__mro__)
print({1+0j: 'a'}[1], 2j in [2j], complex(2j) is complex(2j), int.__name__)
t(lambda: int(1j)); t(lambda: float(1j)); t(lambda: round(1j)); t(lambda: abs(complex(1e308, 1e308)))
import math
t(lambda: math.sqrt(1j)); t(lambda: math.floor(1j))
class C:
    def __complex__(self): return 3+4j
print(complex(C()))
class D(complex): pass
d = D(1, 2); print(d, type(d), d + 1, type(d+1), d.real)
t(lambda: [1j].sort()); t(lambda: sorted([1j, 2j]))
print(1j.__getnewargs__(), (2+3j).__complex__())
print(1e400j, -1e400j, 1j*1j)
print(f"{1.5+2.25j:.1e}", f"{-1.5-2j:10.2f}|", f"{2j:<8}|", format(complex(1e20, 1e-20), 'g'), format(1+1j, 'n'))
for spec in ['05', '=10', '%', 'd', 'x']:
    t(lambda: format(1+2j, spec))
print(complex(1.5), complex(-0.0), complex(2, -0.0), complex(-1e-320, 1e308), 3 * 1j, 1j ** 1j, (-8) ** (1/3))
print(complex("1e500j"), complex("-inf-infj"), complex("nan"), complex("+1.5e-3+4.5J"), complex("(1)"), complex("\t2j\n"))
class E(complex):
    def __repr__(self): return "E!"
print(repr(E(1)), E(1) + E(2), hash(E(1)) == hash(1))
x = 2j
x += 1
x *= 1j
x /= 2
x **= 2
print(x, [1j, 2j, 1j].count(1j), {1j, 1j, 2j} == {2j, 1j}, max([1, 2], key=lambda v: abs(v * 1j)))
def m(v):
    match v:
        case 1+2j:
            return "1+2j"
        case -1-2j:
            return "-1-2j"
        case 3j:
            return "3j"
        case -0.5+0j:
            return "-0.5+0j"
        case {1j: x}:
            return f"map {x}"
        case _:
            return "other"
print([m(v) for v in [1+2j, -1-2j, 3j, -0.5, {1j: 'y'}, 2]])
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), isinstance(2.5, numbers.Complex), issubclass(complex, numbers.Number))
