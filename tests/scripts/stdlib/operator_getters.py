"""operator: the getters (single, several, dotted names), methodcaller, reprs, pickling, errors,
length_hint, indexOf/countOf, the in-place functions and the dunder aliases."""
import operator as op, pickle
def e(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__, ex)
class P:
    def __init__(self): self.a = 1; self.b = self; self.name = 'p'
    def greet(self, x, y=2): return (x, y)
p = P()
g = op.attrgetter('a'); print(g(p), repr(g), op.attrgetter('a', 'b.a', 'b.b.name')(p), repr(op.attrgetter('a', 'b.c')))
e(op.attrgetter, 1); e(op.attrgetter); e(op.attrgetter('zz'), p); e(op.attrgetter('a.'), p)
i = op.itemgetter(1); print(i([5, 6]), repr(i), op.itemgetter(0, -1)('abc'), op.itemgetter(slice(1, 3))('abcd'), repr(op.itemgetter('k', 2)))
e(op.itemgetter); e(op.itemgetter(5), [1]); e(op.itemgetter('k'), {})
m = op.methodcaller('greet', 1, y=3); print(m(p), repr(m), repr(op.methodcaller('upper')), op.methodcaller('upper')('abc'))
e(op.methodcaller, 5); e(op.methodcaller); e(op.methodcaller('nope'), p)
for obj in (g, op.attrgetter('a', 'b.name'), i, op.itemgetter(0, 1), m, op.methodcaller('upper')):
    q = pickle.loads(pickle.dumps(obj)); print(repr(q), q == obj)
print(op.length_hint([1, 2, 3]), op.length_hint(object(), 7), op.length_hint(x for x in []))
class H:
    def __length_hint__(self): return NotImplemented
class H2:
    def __length_hint__(self): return -1
class H3:
    def __length_hint__(self): return 'x'
e(op.length_hint, H(), 4); e(op.length_hint, H2()); e(op.length_hint, H3()); e(op.length_hint, [], 'd')
print(op.indexOf([1, 2, 3], 2), op.countOf([1, 2, 2, 1], 2)); e(op.indexOf, [1], 5)
print(op.truth(0), op.truth([1]), op.not_(1), op.is_(None, None), op.is_not(1, None), op.contains('abc', 'b'), op.concat([1], [2]))
e(op.concat, 1, 2); e(op.iconcat, 1, 2)
l = [1]; print(op.iadd(l, [2]) is l, l, op.iconcat(l, [3]), op.ipow(2, 10), op.imatmul.__name__, op.index(5)); e(op.index, 1.5)
d = {}; op.setitem(d, 'a', 1); print(d, op.getitem(d, 'a')); op.delitem(d, 'a'); print(d)
print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__(6, 3), op.__call__(len, 'ab'), op.call(max, 1, 5))
print(op.neg(3), op.pos(-3), op.abs(-2), op.inv(5), op.invert(5), op.lshift(1, 4), op.rshift(16, 2), op.mod(7, 3), op.floordiv(7, 2), op.truediv(7, 2), op.xor(5, 3), op.or_(4, 1))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0)), sorted(['bb', 'a', 'ccc'], key=op.methodcaller('__len__')))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
