# inspect: classify_class_attrs, getclasstree/walktree, formatargvalues, BlockFinder/getblock,
# formatannotationrelativeto.
import inspect, types

class Meta(type):
    def meta_method(cls):
        return 1

class A(metaclass=Meta):
    x = 1
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 2

class B(A):
    y = 2
    def m(self): pass
    @types.DynamicClassAttribute
    def dyn(self): return 3

for attr in inspect.classify_class_attrs(B):
    if not attr.name.startswith('__'):
        print(attr.name, attr.kind, attr.defining_class.__name__, type(attr.object).__name__)
print(inspect.Attribute._fields)
kinds = {}
for attr in inspect.classify_class_attrs(B):
    kinds[attr.kind] = kinds.get(attr.kind, 0) + 1
print(sorted(k for k in kinds))

class C(B): pass
class D(A): pass
class E(C, D): pass
def show(tree, depth=0):
    for entry in tree:
        if isinstance(entry, list):
            show(entry, depth + 1)
        else:
            print('  ' * depth + entry[0].__name__, [b.__name__ for b in entry[1]])
show(inspect.getclasstree([E, D, C, B, A]))
print('--')
show(inspect.getclasstree([E, D, C, B, A], unique=True))
print('--')
show(inspect.getclasstree([E, C]))

def f(a, b=2, *args, k=3, **kw):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(inspect.formatargvalues(*info))
    print(inspect.formatargvalues(info.args, info.varargs, info.keywords, info.locals, formatvalue=lambda v: '=<%s>' % type(v).__name__))
f(1, 5, 6, 7, k=9, z=10)
f('x')

src = '''@deco(
    1)
def g(x):
    # inside
    return [x,
            2]
    # still in block

y = 3
'''
lines = src.splitlines(True)
print(inspect.getblock(lines))
print(inspect.getblock(['h = lambda a: (a +\n', '   1)\n', 'z = 2\n']))
print(inspect.getblock(['class K:\n', '    a = 1\n', '    def m(self):\n', '        pass\n', '\n', 'q = 1\n']))
print(inspect.getblock(['@property\n', 'def r(self): return 1\n', 'next = 2\n']))
bf = inspect.BlockFinder()
print(bf.indent, bf.last, bf.started)
print(issubclass(inspect.EndOfBlock, Exception))
fa = inspect.formatannotationrelativeto(B)
print(fa(int), fa(B), fa(list[int]), fa('str'))
print(inspect.getsource(f).splitlines()[0], len(inspect.getsourcelines(show)[0]))
