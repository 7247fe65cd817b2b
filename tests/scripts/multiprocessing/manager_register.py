# BaseManager.register: a manager serves instances of your own classes; AutoProxy exposes their
# public methods, `exposed` limits them, method_to_typeid returns proxies, and proxies travel to
# child processes and pool workers. SyncManager's Condition, Barrier and Array.
import multiprocessing as mp
import threading
from multiprocessing.managers import BaseManager, BaseProxy, SyncManager


class Counter:
    def __init__(self, start=0):
        self.n = start

    def add(self, k=1):
        self.n += k
        return self.n

    def get(self):
        return self.n

    def child(self):
        return Counter(self.n * 10)

    def _hidden(self):
        return 'hidden'


class CounterProxy(BaseProxy):
    _exposed_ = ('add', 'get')

    def add(self, k=1):
        return self._callmethod('add', (k,))

    def value(self):
        return self._callmethod('get')


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)
MyManager.register('Limited', Counter, exposed=('get',))
MyManager.register('Typed', Counter, CounterProxy)
MyManager.register('Parent', Counter, method_to_typeid={'child': 'ChildCounter'})
MyManager.register('ChildCounter', create_method=False)
MyManager.register('Unlisted', Counter, create_method=False)


def bump(counter, times):
    for _ in range(times):
        counter.add()


def pool_bump(counter):
    return counter.add(100)


if __name__ == '__main__':
    print(hasattr(MyManager, 'Counter'), hasattr(MyManager, 'Unlisted'), 'Counter' in BaseManager._registry)
    print(sorted(MyManager._registry), 'Counter' in SyncManager._registry)
    m = MyManager()
    try:
        m.Counter()
    except Exception as e:
        print(type(e).__name__, e)
    with m:
        c = m.Counter(5)
        print(type(c).__name__, c.add(), c.add(3), c.get())
        try:
            c._hidden()
        except AttributeError as e:
            print("AttributeError", e)
        try:
            c.missing()
        except AttributeError as e:
            print("AttributeError", e)
        lim = m.Limited(2)
        print(lim.get())
        try:
            lim.add()
        except AttributeError as e:
            print("AttributeError", e)
        t = m.Typed(1)
        print(type(t).__name__, t.add(2), t.value())
        parent = m.Parent(4)
        kid = parent.child()
        print(type(kid).__name__, kid.get(), kid.add(1), parent.get())
        ps = [mp.Process(target=bump, args=(c, 10)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("after 3 children x 10:", c.get())
        with mp.Pool(2) as pool:
            print(sorted(pool.map(pool_bump, [t, t])))
        print(t.value())
        print(c._getvalue().n if hasattr(c._getvalue(), 'n') else None)
    try:
        m.Counter()
    except Exception as e:
        print(type(e).__name__, e)

    with SyncManager() as sm:
        cond = sm.Condition()
        items = sm.list()

        def consumer():
            with cond:
                cond.wait_for(lambda: len(items) > 0, timeout=30)
                print("consumer saw", list(items))
        th = threading.Thread(target=consumer)
        th.start()
        with cond:
            items.append('x')
            cond.notify_all()
        th.join()
        barrier = sm.Barrier(2)
        print(barrier.parties, barrier.n_waiting, barrier.broken)
        arr = sm.Array('i', [1, 2, 3])
        arr[0] = 10
        print(len(arr), arr[0], list(arr))
        ev = sm.Event()
        print(ev.is_set(), ev.wait(0.01))
        ev.set()
        print(ev.wait(1))
        sem = sm.BoundedSemaphore(1)
        print(sem.acquire(), sem.acquire(False))
        sem.release()
