# Comparing self-referencing or very deeply nested containers raises RecursionError ("maximum
# recursion depth exceeded in comparison"), in the main thread and in threads, as CPython;
# hashing nested tuples and freeing deep structures never crash.
import threading


def attempt(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except RecursionError as e:
        print(name, type(e).__name__, e)


a = []
a.append(a)
b = []
b.append(b)
attempt('list == list', lambda: a == b)
attempt('list != list', lambda: a != b)
attempt('list < list', lambda: a < b)
attempt('same list', lambda: a == a)
attempt('in', lambda: a in [b])
d1 = {}
d1['k'] = d1
d2 = {}
d2['k'] = d2
attempt('dict == dict', lambda: d1 == d2)
attempt('same dict', lambda: d1 == d1)
t1 = ([],)
t1[0].append(t1)
t2 = ([],)
t2[0].append(t2)
attempt('tuple == tuple', lambda: t1 == t2)


def nested(n, make):
    x = make()
    for _ in range(n):
        x = make(x)
    return x


def lst(*a):
    return list(a)


def tup(*a):
    return a


deep1 = nested(100000, lst)
deep2 = nested(100000, lst)
attempt('deep ==', lambda: deep1 == deep2)
attempt('deep <', lambda: deep1 < deep2)
attempt('deep is', lambda: deep1 == deep1)
shallow1 = nested(500, lst)
shallow2 = nested(500, lst)
attempt('500 deep ==', lambda: shallow1 == shallow2)
attempt('hash 100000-deep tuple', lambda: type(hash(nested(100000, tup))).__name__)
results = []


def in_thread():
    x = nested(100000, lst)
    y = nested(100000, lst)
    for name, f in [('eq', lambda: x == y), ('repr', lambda: repr(x)), ('self', lambda: a == b)]:
        try:
            f()
            results.append((name, 'ok'))
        except RecursionError as e:
            results.append((name, str(e)))
    z = nested(1000000, lst)
    w = nested(1000000, tup)
    del z, w
    results.append(('freed', 'ok'))


threading.stack_size(512 * 1024)
th = threading.Thread(target=in_thread)
th.start()
th.join()
threading.stack_size(0)
for r in results:
    print(*r)
big = nested(1000000, lst)
del big
print('freed in main')
