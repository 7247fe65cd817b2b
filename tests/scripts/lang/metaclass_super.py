# super() inside metaclass methods: __new__, __init__, __call__, __prepare__, classmethods and
# properties of the metaclass; and a metaclass's parent reached through super().
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        ns = super().__prepare__(name, bases)
        print('prepare', name, type(ns).__name__)
        return ns

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        print('new', name, type(cls).__name__, sorted(kw))
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print('init', name)

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        print('call', cls.__name__, type(instance).__name__)
        return instance

    def __repr__(cls):
        return 'Meta<' + super().__repr__() + '>'

    @classmethod
    def make(mcs, name):
        print('make', mcs.__name__, super().__thisclass__.__name__)
        return mcs(name, (), {})

    @property
    def label(cls):
        return 'label:' + super().__name__


class A(metaclass=Meta, flag=True):
    def __init__(self, value):
        self.value = value


a = A(1)
print(a.value, repr(A), A.label)
B = Meta.make('B')
print(repr(B), type(B).__name__)


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            cls.instances[cls] = super(Singleton, cls).__call__(*args, **kwargs)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print('Config made once')


print(Config() is Config())


class Counting(Meta):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        return super().__call__(*args)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)


class C(metaclass=Counting):
    def __init__(self, x):
        self.x = x


print(C(5).x, C(6).x, Counting.calls)


class Base:
    @classmethod
    def create(cls):
        return cls.__name__


class Derived(Base):
    @classmethod
    def create(cls):
        return 'derived-' + super().create()


print(Derived.create(), super(Meta, A).__call__(9).value)
