# cProfile/profile with pstats: counts per function (primitive calls of recursive functions),
# callers and callees, sorting, restrictions, dump/load, in python3's layout. A clock that does
# not move keeps every time at 0.000, so the output is deterministic.
import cProfile
import io
import os
import profile
import pstats
import tempfile


def still():
    return 0.0


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(items):
    return sorted(items)


def main():
    total = 0
    for _ in range(3):
        total += fib(5)
    helper([3, 1, 2])
    [].append(1)
    'x'.join(['a', 'b'])
    return total


prof = cProfile.Profile(still)
prof.enable()
main()
prof.disable()
stats = pstats.Stats(prof)
stats.strip_dirs().sort_stats('stdname').print_stats()
stats.print_callers('fib')
stats.print_callees('main')
print(stats.total_calls, stats.prim_calls, stats.total_tt)
stats.sort_stats(pstats.SortKey.CALLS, pstats.SortKey.NAME).print_stats(3)
stats.sort_stats('ncalls', 'name').print_stats(0.5, 'fib|main')
stats.sort_stats('pcalls', 'name').reverse_order().print_stats('sorted|append')

buffer = io.StringIO()
pstats.Stats(prof, stream=buffer).strip_dirs().sort_stats('name', 'line').print_stats()
print(len(buffer.getvalue().splitlines()))

scoped = cProfile.Profile(still)
scoped.enable()
fib(4)
scoped.disable()
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'out.prof')
scoped.dump_stats(path)
loaded = pstats.Stats(path)
loaded.files = []
loaded.strip_dirs().sort_stats('calls', 'name').print_stats()
loaded.add(pstats.Stats(path))
loaded.files = []
loaded.strip_dirs().sort_stats('stdname').print_stats('fib')
os.remove(path)
os.rmdir(folder)

pure = profile.Profile(still)
pure.runctx('main()', globals(), locals())
pstats.Stats(pure).strip_dirs().sort_stats('stdname').print_stats()
pstats.Stats(pure).strip_dirs().sort_stats('stdname').print_callers('helper')

for bad in (lambda: stats.sort_stats('nope'), lambda: stats.sort_stats('calls', 1), lambda: pstats.Stats(5)):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print([key.value for key in pstats.SortKey], pstats.SortKey('tottime').value, pstats.SortKey.TIME == 'time')
