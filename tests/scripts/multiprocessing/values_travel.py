# Values CPython can pickle travel through a Pipe, a Queue, a Pool and to a Manager: ranges,
# slices, frozensets, bytes, nested tuples, None, bools, infinities, big ints, instances of
# classes defined at module level (nested ones too), exceptions, classes and functions.
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    class Inner:
        def __init__(self):
            self.v = [range(2)]

        def __repr__(self):
            return f"Point.Inner({self.v!r})"


def identity(x):
    return x


def describe(v):
    if isinstance(v, float) and v != v:
        return 'nan'
    if callable(v) and not isinstance(v, type):
        return f'<function {v.__qualname__}>'
    return repr(v)


VALUES = [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(-3, 3), slice(1, 5, 2), slice(None),
          slice('a', [1], None), frozenset({1, 2, 3}), frozenset(), b"ab\x00", ((1, (2, (3,))),), (), None,
          True, False, 0, -1, 3.5, float('inf'), -float('inf'), float('nan'), 2**100, -2**70, 2**63, -2**63,
          {'a': [1, {2}], 3: (4,)}, Ellipsis, NotImplemented, type(None), int, Point, identity,
          Point(1, [2]), Point.Inner(), [range(3), slice(2)], ValueError("bad", 2), 'ünïcode']

if __name__ == '__main__':
    a, b = mp.Pipe()
    for v in VALUES:
        a.send(v)
        print("pipe:", describe(b.recv()))

    q = mp.Queue()
    for v in VALUES:
        q.put(v)
    print("queue:", [describe(q.get()) for _ in VALUES] == [describe(v) for v in VALUES])

    with mp.Pool(2) as pool:
        back = pool.map(identity, VALUES)
    print("pool:", [describe(v) for v in back] == [describe(v) for v in VALUES])

    print("equal after the trip:", [x == y for x, y in zip(back[:5], VALUES[:5])])
    print("range keys:", {range(3): 'r'}[back[0][:3]], back[0] == range(5), hash(back[0]) == hash(range(5)))

    with mp.Manager() as m:
        lst = m.list(range(5))
        print("manager list(range(5)):", lst)
        lst.append(range(2, 4))
        lst.append(slice(1, 2))
        print("manager list:", list(lst))
        d = m.dict({range(3): frozenset({1}), 'big': 2**90, 'p': Point(1, 2)})
        print("manager dict:", d[range(3)], d['big'], d['p'], sorted(map(repr, d.keys())))
        ns = m.Namespace(r=range(4), s=slice(3))
        print("namespace:", ns.r, ns.s)
        v = m.Value('i', 0)
        v.value = range(7)
        print("value:", v.value)
