# tracemalloc's switches and its classes (what gilpy measures is described in the module's
# docstring; the numbers themselves are not compared here).
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
for bad in [0, 70000]:
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print(e)
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [bytes(1000) for _ in range(1000)]
current, peak = tracemalloc.get_traced_memory()
print(isinstance(current, int), current >= 0, peak >= current)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit)
stats = snap.statistics('lineno')
print(type(stats).__name__, all(isinstance(s, tracemalloc.Statistic) for s in stats))
try:
    snap.statistics('bogus')
except ValueError as e:
    print(e)
try:
    snap.statistics('traceback', cumulative=True)
except ValueError as e:
    print(e)
filtered = snap.filter_traces([tracemalloc.Filter(False, '<frozen importlib._bootstrap>')])
print(type(filtered).__name__)
print(type(snap.compare_to(filtered, 'filename')).__name__)
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback(data))

f1 = tracemalloc.Frame(('a.py', 3))
f2 = tracemalloc.Frame(('a.py', 4))
print(f1, repr(f1), f1 < f2, f1 == tracemalloc.Frame(('a.py', 3)), f1.filename, f1.lineno)
tb = tracemalloc.Traceback((('a.py', 3), ('b.py', 7)))
print(tb, repr(tb), len(tb), tb[0], tb[1], f1 in tb)
tb2 = tracemalloc.Traceback((('a.py', 3),), 9)
print(repr(tb2), tb2.total_nframe)
st = tracemalloc.Statistic(tb, 2048, 4)
print(st, repr(st))
print(tracemalloc.Statistic(tb, 5, 1))
print(tracemalloc.Statistic(tb, 150000, 3))
sd = tracemalloc.StatisticDiff(tb, 4096, -1024, 4, -1)
print(sd, repr(sd))
tr = tracemalloc.Trace((0, 100, (('a.py', 3),), None))
print(tr, tr.domain, tr.size, repr(tr.traceback))
flt = tracemalloc.Filter(True, 'x.pyc', 3)
print(flt.inclusive, flt.filename_pattern, flt.lineno, flt.all_frames, flt.domain)
d = tracemalloc.DomainFilter(False, 2)
print(d.inclusive, d.domain)
s2 = tracemalloc.Snapshot([(0, 10, (('a.py', 1),), 1), (0, 30, (('a.py', 1),), 1), (1, 5, (('b.py', 2),), 1)], 1)
for s in s2.statistics('lineno'):
    print(s)
for s in s2.statistics('filename'):
    print(s)
print(len(s2.filter_traces([tracemalloc.DomainFilter(True, 1)]).traces))
print(len(s2.filter_traces([tracemalloc.Filter(False, 'a.py')]).traces))
empty = tracemalloc.Snapshot([], 1)
for d in s2.compare_to(empty, 'lineno'):
    print(d)
