"""Tutorial-style use of the standard library: decorators, functools, itertools, collections, inspect, pattern matching, f-strings, bytes, big ints; abc, copy, json, re, math, statistics, decimal, fractions; dict views as sets (&, |, -, ^, comparisons, reversed), zip(strict=True), sys.float_info/hash_info."""
import sys, inspect, functools, itertools, collections
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print('calling', fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y=2):
    """Adds."""
    return x + y
print(add(1), add(1, y=5), add.__name__, add.__doc__, add.__wrapped__(3))
def repeat(n):
    def dec(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return dec
@repeat(3)
def hi(x): return x * 2
print(hi(2))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
class cached:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj); obj.__dict__[self.fn.__name__] = v; return v
class W:
    @cached
    def heavy(self): print('computing'); return 42
w = W(); print(w.heavy, w.heavy)
class K:
    count = 0
    def __init__(self): K.count += 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(x): return x + 1
    def __del__(self): pass
K.make(); K(); print(K.count, K.util(1), K().util(2), K.make.__self__ is K)
p = functools.partial(int, base=2); print(p('101'), p.func, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.product('ab', repeat=2)), list(itertools.permutations(range(3), 2))[:4], list(itertools.combinations('abcd', 3)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.pairwise('abcd')))
c = collections.Counter('mississippi'); print(c.most_common(2), c['s'], c['z'], sorted(c.elements())[:4], c + collections.Counter('ss'))
dd = collections.defaultdict(list); dd['a'].append(1); print(dd, dict(dd))
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od))
Point = collections.namedtuple('Point', 'x y', defaults=[0]); pt = Point(1); print(pt, pt._replace(y=5), pt._asdict(), Point._fields)
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); dq.rotate(1); print(dq)
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
def sig(a, b: int = 1, *args, c, d=2, **kw) -> str: pass
print(inspect.signature(sig), list(inspect.signature(sig).parameters))
def show_caller():
    frame = inspect.currentframe().f_back
    return frame.f_code.co_name, frame.f_lineno, sorted(frame.f_locals)
def the_caller():
    local_a = 1
    return show_caller()
print(the_caller())
print(sys.getrecursionlimit(), sys.maxsize, sys.version_info[:2], type(sys.argv), sys.byteorder, sys.float_info.epsilon, sys.int_info.bits_per_digit)
def recurse(n): return recurse(n + 1)
try: recurse(0)
except RecursionError as e: print('RecursionError', e)
x = 10
def g1():
    global x
    x += 1
    return x
print(g1(), x)
def gen_exp():
    yield from (i * i for i in range(3))
print(list(gen_exp()), sum(i for i in range(5)), tuple(reversed(range(3))))
import operator
print(sorted([{'n': 2}, {'n': 1}], key=operator.itemgetter('n')), operator.attrgetter('real')(3), list(map(operator.mul, [1, 2], [3, 4])))
s = {1, 2, 3}; t = {2, 3, 4}
print(s | t, s & t, s - t, s ^ t, s <= {1, 2, 3, 4}, frozenset(s) == s, {frozenset([1])})
d = {'b': 1, 'a': 2}
print(d | {'c': 3}, sorted(d), sorted(d.items(), key=lambda kv: kv[1]), list(d.keys() & {'a'}), d.get('z', 0), d.setdefault('z', 9), d)
print(list(zip(range(3), 'abc', strict=False)), dict(zip('ab', [1, 2])), list(enumerate('ab', start=1)))
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print(e)
print(isinstance([], collections.abc.Sequence) if hasattr(collections, 'abc') else '', callable(print), id(1) == id(1))
match {'type': 'point', 'x': 1, 'y': 2}:
    case {'type': 'point', 'x': x0, 'y': y0}: print('point', x0, y0)
match [1, 2, 3]:
    case [first, *others]: print(first, others)
match (3, 'x'):
    case (int(n), str(s2)) if n > 2: print('int-str', n, s2)
match 5:
    case 1 | 2: print('small')
    case _: print('other')
class Pt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(0, y): print('y axis')
    case Pt(x=1, y=yy): print('x is 1, y', yy)
print(f"{'nested ' + f'{1 + 1}'}", f'{3.14159:.{2}f}', f'{"a" if True else "b"}', f'{x=}', f'{x = }', f'{x!r:^8}', f'{ {1: 2}[1] }')
print(b'abc'[0], b'abc'[:2], bytearray(b'ab') + b'c', b'a b'.split(), memoryview(b'abc')[1], b'%d-%s' % (1, b'x'), bytes(3), bytes([65, 66]))
print(divmod(10**30, 7), 10**30 // -7, pow(10, 30, 7), (2**64).bit_length(), int('ff', 16), int('0o17', 0), int('z', 36), 0b1010 ^ 0b0110, ~5, -5 >> 1, 5 << 100 >> 98)
import abc, copy, json, re, string, textwrap, math, statistics, decimal, fractions
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def __str__(self): return f'{type(self).__name__} with area {self.area():.2f}'
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Shape()
except TypeError as e: print(e)
class Half(Shape): pass
try: Half()
except TypeError as e: print(e)
for s in [Circle(1), Sq(2)]: print(s)
print(isinstance(Circle(1), Shape), issubclass(Sq, Shape), Shape.__abstractmethods__)
a = [[1, 2], {'k': [3]}]; b = copy.copy(a); c = copy.deepcopy(a); a[0].append(9)
print(b, c)
print(json.dumps({'a': [1, 2.5, None, True], 'b': 'é'}, indent=2, sort_keys=True), json.loads('{"x": [1, 2, {"y": null}]}'), json.dumps('é', ensure_ascii=False))
print(re.findall(r'\d+', 'a1b22c333'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home'), re.split(r'[,;]\s*', 'a, b;c'), bool(re.match(r'^\w+$', 'abc')), re.search(r'(?P<y>\d{4})', 'in 2024').group('y'))
print(string.ascii_lowercase[:5], string.Template('$x and ${y}').substitute(x=1, y=2), textwrap.fill('word ' * 12, width=20), textwrap.dedent('  a\n  b'))
print(math.gcd(12, 18), math.lcm(4, 6), math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(2.1), math.comb(5, 2), math.perm(5, 2), math.factorial(10), math.prod([1, 2, 3]), math.isqrt(17), math.dist((0, 0), (3, 4)), math.trunc(-2.7))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), round(statistics.stdev([1, 2, 3, 4]), 6))
print(decimal.Decimal('0.1') + decimal.Decimal('0.2'), decimal.Decimal(1) / decimal.Decimal(3), fractions.Fraction(1, 3) + fractions.Fraction(1, 6), fractions.Fraction('0.75'), fractions.Fraction(0.5))
print(math.inf > 1e308, math.nan != math.nan, math.copysign(1, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10), math.log(8, 2), math.log10(1000), math.exp(1), math.sqrt(2), math.hypot(3, 4), math.atan2(1, 1), math.degrees(math.pi))
print(1e16 + 1, 2 ** 53 + 1.0, 0.1 + 0.7, 3 * 0.1, 1 / 3 * 3, 9007199254740993, float(9007199254740993), 1e15 + 0.3, 123e-20, 1.0e-4, 0.0001, 1e-05)
print(str(1/7), repr(2/3), 100.0, 1e100, 12345678901234567890.0, -1.5e-7, 4.35, 0.3, 2.675, 1.005, 1.15 * 3)
print('%.2f %.0f %.1f %.3e %g %g %g' % (2.675, 0.5, 0.25, 1234.5, 100000, 1000000, 0.0001), '%10.4f|' % math.pi, '%-10d|' % 42, '%+05d' % 42, '% d' % 42)
print(format(123.456, '.2e'), format(0.000012345, '.3g'), format(1234567.0, 'g'), format(12345678.9, ',.1f'), format(-0.0, 'g'), format(1e-7, 'f'), format(2 ** 0.5, '.17g'), format(255, 'X'), format(-255, '#x'))
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); it = d.items()
print(sorted(k & {'a', 'z'}), sorted({'a', 'z'} & k), sorted(k | ['x']), sorted(k - {'a'}), sorted({'a', 'q'} - k), sorted(k ^ {'a', 'q'}), k.isdisjoint({'q'}), k.isdisjoint(['a']))
print(sorted(it & {('a', 1)}), sorted(it - {('a', 1)}), type(k & set()).__name__, k == {'a', 'b', 'c'}, k < {'a', 'b', 'c', 'd'} if hasattr(type(k), '__lt__') else '')
try: k & 1
except TypeError as e: print(e)
for args in (([1, 2], [3, 4]), ([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])):
    try: print(list(zip(*args, strict=True)))
    except ValueError as e: print(e)
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0], len(sys.float_info), sys.hash_info.modulus, sys.hash_info.width, sys.int_info.bits_per_digit)
print(sys.float_info)
d = {'a': 1}; e = {'a': 2}
print(d.keys() == e.keys(), d.items() == e.items(), d.keys() != {'a'}, d.keys() <= {'a', 'b'}, {'a'} == d.keys(), d.keys() == ['a'])
try: hash(d.keys())
except TypeError as ex: print(ex)
print(set(d.keys()) == {'a'}, list(reversed(d.keys())), 'a' in d.keys(), ('a', 1) in d.items(), len(d.items()))
print(list(reversed({'x': 1, 'y': 2})), list(reversed({'x': 1}.items())), list(reversed({'x': 1, 'y': 2}.values())))
