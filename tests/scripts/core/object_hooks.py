# __getattribute__ / __getattr__, PEP 562 module hooks, __repr__/__str__ returning str
# subclasses, iterators' __next__/__iter__ as attributes, generators' names.
import helper_lazy_mod


def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'missing ' + name

    def method(self):
        return 'method result'


g = Logged()
print(g.a, g.magic, g.other)
print(g.method())
g.b = 2
print(g.b)
print(getattr(g, 'zz', 'dflt'), hasattr(g, 'a'))


class Strict:
    def __getattribute__(self, name):
        raise AttributeError('no ' + name)


show(lambda: Strict().x)
show(lambda: getattr(Strict(), 'y', 'default used'))


class FallbackAfterProperty:
    @property
    def broken(self):
        raise AttributeError('inside property')

    def __getattr__(self, name):
        return 'fallback for ' + name


print(FallbackAfterProperty().broken)


class Base:
    def __getattribute__(self, name):
        if name == 'special':
            return 'from Base'
        return super().__getattribute__(name)


class Derived(Base):
    x = 'class attr'


print(Derived().special, Derived().x)
show(lambda: Derived().nothing)

print(helper_lazy_mod.present, helper_lazy_mod.lazy)
show(lambda: helper_lazy_mod.nothing)
print(getattr(helper_lazy_mod, 'nothing', 'default'))
from helper_lazy_mod import lazy
print(lazy)


class MyStr(str):
    pass


class R:
    def __repr__(self):
        return MyStr('my repr')

    def __str__(self):
        return MyStr('my str')


show(lambda: (repr(R()), str(R()), f'{R()!r} {R()}', [R()]))


class BadRepr:
    def __repr__(self):
        return 42


show(lambda: repr(BadRepr()))


class I(int):
    def __str__(self):
        return 'I-str'

    def __repr__(self):
        return 'I-repr'


show(lambda: (str(I(3)), repr(I(3)), f'{I(3)}', '%s' % I(3), '%r' % I(3)))

it = iter([1, 2, 3])
nxt = it.__next__
print(nxt(), nxt(), it.__next__())
show(nxt)
print(it.__iter__() is it)
for maker in (lambda: iter((1,)), lambda: iter('a'), lambda: iter({1: 2}), lambda: iter(range(1)), lambda: iter({1}), lambda: zip([1], [2]), lambda: map(str, [1]), lambda: enumerate('x')):
    i = maker()
    print(type(i).__name__, i.__next__(), i.__iter__() is i)


def gen():
    yield 1


class Executor:
    def map(self):
        def result_iterator():
            yield 1
        return result_iterator()


print(gen().__name__, gen().__qualname__)
e = Executor().map()
print(e.__name__, e.__qualname__)
print(repr(e).split(' at ')[0])
print(next(e), e.__next__ is not None)
# __import__ returns the top-level package unless fromlist names something
print(__import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__, __import__('json').__name__)
