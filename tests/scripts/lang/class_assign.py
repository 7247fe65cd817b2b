# __class__ assignment: instances of user classes, modules (ModuleType subclasses), and errors.
import sys
import types


class A:
    kind = 'a'

    def who(self):
        return 'A.who'


class B:
    kind = 'b'

    def who(self):
        return 'B.who'

    @property
    def prop(self):
        return 'B.prop'


a = A()
a.x = 1
for _ in range(3):
    print(a.who(), a.kind, type(a).__name__)  # warms any lookup caches on A
a.__class__ = B
print(a.who(), a.kind, a.prop, type(a).__name__, isinstance(a, B), isinstance(a, A))
print(a.__dict__, a.x, a.__class__ is B, '__class__' in a.__dict__)
setattr(a, '__class__', A)
print(type(a).__name__, a.who())
object.__setattr__(a, '__class__', B)
print(type(a).__name__)


def error(fn):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)


error(lambda: setattr(a, '__class__', 1))
error(lambda: setattr(a, '__class__', 'B'))
error(lambda: setattr(a, '__class__', int))
error(lambda: setattr(1, '__class__', bool))
error(lambda: setattr(object(), '__class__', A))
error(lambda: setattr([], '__class__', A))


def delete():
    del a.__class__


error(delete)


class L(list):
    pass


class L2(list):
    pass


lst = L([1, 2])
lst.__class__ = L2
print(type(lst).__name__, lst, len(lst))
error(lambda: setattr(lst, '__class__', A))
error(lambda: setattr(a, '__class__', L))


class S1:
    __slots__ = ('x',)


class S2:
    __slots__ = ('y',)


class S3:
    __slots__ = ('x',)


class SS(S1):
    pass


s = S1()
s.x = 5
error(lambda: setattr(s, '__class__', S2))
error(lambda: setattr(s, '__class__', A))
s.__class__ = S3
print(type(s).__name__, s.x)

sub = SS()
sub.x = 3
error(lambda: setattr(sub, '__class__', S1))


class E1(Exception):
    pass


class E2(Exception):
    pass


class E3(OSError):
    pass


e = E1('boom')
e.__class__ = E2
print(type(e).__name__, e.args, isinstance(e, E2))
error(lambda: setattr(e, '__class__', E3))
try:
    raise e
except E2 as caught:
    print('caught as E2', caught)


# A class whose __setattr__ sees the assignment first.
class Watch:
    def __setattr__(self, name, value):
        print('setattr', name, value.__name__)
        object.__setattr__(self, name, value)


w = Watch()
w.__class__ = type('Watch2', (Watch,), {})
print(type(w).__name__)


# Module subclasses: construction, methods, properties, __getattr__ on the class.
class Mod(types.ModuleType):
    def hello(self):
        return 'hello from ' + self.__name__

    @property
    def answer(self):
        return 42


m = Mod('made')
print(type(m).__name__, m.__name__, m.hello(), m.answer, isinstance(m, types.ModuleType))
print(repr(m))
m.value = 7
print(m.value, m.__dict__['value'])


class Lazy(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith('lazy_'):
            return 'computed ' + name
        raise AttributeError(f'module {self.__name__!r} has no attribute {name!r}')

    @property
    def version(self):
        return '1.0'

    def __setattr__(self, name, value):
        print('module setattr', name)
        super().__setattr__(name, value)


this = sys.modules[__name__]
this.__class__ = Lazy
print(type(this).__name__, this.lazy_thing, this.version)
try:
    this.missing
except AttributeError as err:
    print('AttributeError:', err)
this.added = 1
print(added)
this.__class__ = types.ModuleType
print(type(this).__name__)
try:
    this.lazy_thing
except AttributeError as err:
    print('AttributeError:', err)
error(lambda: setattr(this, '__class__', A))
error(lambda: setattr(m, '__class__', A))
m.__class__ = Lazy
print(type(m).__name__, m.lazy_x)


class WithInit(types.ModuleType):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra


wi = WithInit('wi', 'more')
print(wi.__name__, wi.extra, wi.__doc__)
