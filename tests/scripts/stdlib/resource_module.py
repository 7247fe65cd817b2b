# The resource module: limits read and set back (getrlimit/setrlimit), usage as struct_rusage,
# the page size, and CPython's errors for bad resources, bad pairs and raised hard limits.
import resource
print([n for n in dir(resource) if not n.startswith('_') and n != 'prlimit'])
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__mro__[1:], len(r), r.n_fields, type(r.ru_utime).__name__, type(r.ru_maxrss).__name__, r.ru_maxrss > 0, r[2] == r.ru_maxrss)
print(resource.error is OSError, resource.RLIM_INFINITY, resource.RLIMIT_AS, resource.RLIMIT_NOFILE, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == -1)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getpagesize() in (4096, 16384, 65536))
for f in [lambda: resource.getrusage(5), lambda: resource.setrlimit(99, (1, 2)), lambda: resource.setrlimit(9, (1, 2, 3)),
          lambda: resource.setrlimit(9, 5), lambda: resource.setrlimit(9, (5, 'a')), lambda: resource.setrlimit(9, (-1, 2**64)),
          lambda: resource.getrlimit('a'), lambda: resource.getrlimit(2**40), lambda: resource.getrlimit(-1), lambda: resource.getrlimit(),
          lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1 if hard != -1 else 10, 5)),
          lambda: resource.struct_rusage((1, 2)), lambda: resource.getpagesize(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(resource.struct_rusage(range(16)))
print(resource.struct_rusage(range(16)).ru_nivcsw, resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime >= 0)
