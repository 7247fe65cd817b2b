# A Pool and a Manager under the spawn start method.
import multiprocessing as mp


def square(x):
    return x * x


def init(tag):
    global TAG
    TAG = tag


def tagged(x):
    return f"{TAG}{x}"


def fill(d, l, ns, i):
    d[i] = i * 10
    l.append(i)
    ns.total = i


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(sorted(pool.imap_unordered(square, range(5))))
        print(pool.apply_async(square, (7,)).get(timeout=30))
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
    with mp.Pool(2, initializer=init, initargs=("t",)) as pool:
        print(pool.map(tagged, [1, 2]))
    with mp.Manager() as m:
        d, l, ns = m.dict(), m.list(), m.Namespace()
        ps = [mp.Process(target=fill, args=(d, l, ns, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), ns.total in (0, 1, 2))
