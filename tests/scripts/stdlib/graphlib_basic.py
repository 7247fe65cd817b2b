# graphlib: static_order, the get_ready/done protocol, cycles as CPython reports them, errors.
import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({1: []}).static_order()))

ts = TopologicalSorter()
ts.add('build', 'fetch', 'configure')
ts.add('configure', 'fetch')
ts.add('test', 'build')
ts.add('fetch')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order, bool(ts))

for g in [{1: [2], 2: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a']}, {1: [1]},
          {0: [1], 1: [2], 2: [3], 3: [1]}, {'x': ['y'], 'y': ['z'], 'z': ['x', 'w'], 'w': []}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print('CycleError', e.args, isinstance(e, ValueError), str(e))


def show(fn):
    try:
        print(fn())
    except ValueError as e:
        print(type(e).__name__, e)


t = TopologicalSorter({1: [0]})
show(t.get_ready)
show(t.is_active)
show(lambda: t.done(0))
t.prepare()
show(t.prepare)
show(lambda: t.add(5))
show(lambda: t.done(1))
show(lambda: t.done(9))
print(t.get_ready())
t.done(0)
show(lambda: t.done(0))
print(t.get_ready(), t.get_ready(), t.is_active())
t.done(1)
print(t.is_active())
print(TopologicalSorter[int], graphlib.__all__)
ts = TopologicalSorter()
ts.add(1, 2, 2)
ts.prepare()
print(ts.get_ready())
ts.done(2)
print(ts.get_ready())
