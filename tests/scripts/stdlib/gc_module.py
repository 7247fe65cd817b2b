import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print(e)
print(len(gc.get_count()), gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, type(gc.callbacks).__name__)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked(None))


class Node:
    def __init__(self):
        self.children = []


n = Node()
print(gc.is_tracked(n), gc.is_finalized(n))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
events = []


def cb(phase, info):
    events.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
print(sorted(map(repr, gc.get_referents([1, 'a']))), gc.get_referents({'k': 'v'}))
print(isinstance(gc.get_objects(), list))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())


class Fin:
    def __del__(self):
        print('finalized')


f = Fin()
del f
print(gc.collect() >= 0)
