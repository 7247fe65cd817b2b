# Objects of native classes that cannot be rebuilt refuse to pickle with CPython's TypeError;
# singletons and plain objects round-trip with the same bytes.
import pickle, threading, enum, datetime, decimal, fractions, uuid, collections

for o in [threading.Lock(), threading.RLock(), open(__file__), (x for x in []), threading.Event(), threading.Condition()]:
    try:
        pickle.dumps(o)
    except Exception as e:
        print(type(e).__name__, e)


class Slotted:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 1


class Colour(enum.Enum):
    RED = 1


for o in [object(), Slotted(), Colour.RED, datetime.date(2020, 1, 1), decimal.Decimal("1.5"),
          fractions.Fraction(1, 3), uuid.UUID(int=5), collections.deque([1]), NotImplemented, Ellipsis,
          type(None), frozenset(), b"", True, 1.0, {"a": {1, 2}}, range(3), int, print]:
    for p in range(6):
        try:
            r = pickle.loads(pickle.dumps(o, p))
            if type(r) != type(o):
                print("different type", o)
        except Exception as e:
            print(p, type(o).__name__, type(e).__name__, e)
for p in range(6):
    print(pickle.dumps(..., p), pickle.dumps(NotImplemented, p), pickle.dumps([..., ...], p), pickle.dumps(object(), p))
