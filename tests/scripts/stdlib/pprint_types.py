# pprint: dataclasses, collections types, namespaces, subclasses and PrettyPrinter subclasses.
import collections
import dataclasses
import pprint
import types


@dataclasses.dataclass
class Point:
    x: int
    y: int


@dataclasses.dataclass
class Shape:
    name: str
    points: list
    tags: dict = dataclasses.field(default_factory=dict)
    secret: str = dataclasses.field(default='hidden', repr=False)


@dataclasses.dataclass
class Custom:
    value: list

    def __repr__(self):
        return 'Custom(<%d items>)' % len(self.value)


pts = [Point(i, i * i) for i in range(6)]
shape = Shape('polygon with a rather long name', pts, {'color': 'red', 'layer': 3})
pprint.pprint(Point(1, 2))
pprint.pprint(shape)
pprint.pprint(shape, width=40)
pprint.pprint([shape, Custom(list(range(50)))], width=60)
pprint.pprint(Custom(list(range(50))))

od = collections.OrderedDict((k, list(range(k))) for k in range(1, 8))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {'alpha': list(range(10)), 'beta': list(range(12))})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter('abracadabra alakazam')
pprint.pprint(c, width=30)
pprint.pprint(collections.Counter())
dq = collections.deque(range(30))
pprint.pprint(dq, width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.deque())

ns = types.SimpleNamespace(name='a namespace', values=list(range(20)), inner=types.SimpleNamespace(a=1))
pprint.pprint(ns, width=40)
pprint.pprint(types.SimpleNamespace())


class MyList(list):
    pass


class MyDict(dict):
    pass


class ReprList(list):
    def __repr__(self):
        return 'ReprList(...)'


pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(MyDict(a=list(range(20)), b=2), width=40)
pprint.pprint(ReprList(range(30)), width=40)
print(pprint.saferepr(MyList([1, 2])), pprint.saferepr(ReprList([1])))

Pair = collections.namedtuple('Pair', 'left right')
pprint.pprint([Pair(list(range(10)), 'x' * 30), Pair(1, 2)], width=40)


class Uppercase(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Uppercase(width=30).pformat({'key': ['value', 'other', 'third value here']}))
print(pprint.isreadable(Point(1, 2)), pprint.saferepr(Point(1, 2)))
