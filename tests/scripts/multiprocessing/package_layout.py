# multiprocessing is a package as CPython's: its submodules import on their own and hold the
# classes the top level offers.
import multiprocessing
import multiprocessing.connection
from multiprocessing import connection, context, managers, pool, process, queues, sharedctypes, synchronize, util
from multiprocessing.connection import Client, Listener, Pipe
from multiprocessing.managers import BaseManager, BaseProxy, SyncManager, Token
from multiprocessing.pool import Pool, ThreadPool
from multiprocessing.process import BaseProcess, active_children, current_process, parent_process
from multiprocessing.queues import JoinableQueue, Queue, SimpleQueue
from multiprocessing.sharedctypes import Array, RawArray, RawValue, Value
from multiprocessing.synchronize import BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore
import multiprocessing.dummy

mp = multiprocessing
print(sorted(n for n in mp.__all__ if n in ('Process', 'Pool', 'Queue', 'Manager', 'get_logger', 'log_to_stderr')))
print(mp.Process.__module__, mp.Process.__qualname__, issubclass(mp.Process, BaseProcess))
print(mp.ProcessError.__module__, mp.TimeoutError.__bases__[0].__name__, mp.AuthenticationError.__bases__[0].__name__)
print(connection.__name__, multiprocessing.connection is connection, mp.dummy.__name__)
print(queues.__all__, synchronize.__all__, process.__all__)
print(pool.__all__, Pool.__module__, ThreadPool.__mro__[1].__name__)
print(type(mp.get_context()).__name__, type(mp.get_context('spawn')).__name__)
print(mp.get_context().Process.__name__, mp.get_context('spawn').Process.__name__)
for method in ('fork', 'spawn'):
    print(method, mp.get_context(method).get_start_method())
try:
    mp.get_context('nope')
except ValueError as e:
    print(type(e).__name__, e)
print(current_process().name, parent_process(), active_children())
print(Token('dict', '/x', '1'))
print(util.get_logger().name, mp.get_logger() is util.get_logger())
print(isinstance(mp.Lock(), Lock), isinstance(mp.Queue(), Queue), isinstance(mp.Value('i', 1), type(Value('i', 2))))


def square(x):
    return x * x


if __name__ == '__main__':
    with ThreadPool(3) as tp:
        print(tp.map(square, range(6)), tp.map(lambda x: -x, [1, 2]))
        print(sorted(tp.imap_unordered(square, range(4))), tp.apply(square, (7,)))
        print(tp.starmap(pow, [(2, 3), (3, 2)]), tp.apply_async(square, (5,)).get(timeout=10))
    with multiprocessing.dummy.Pool(2) as dp:
        print(dp.map(len, ['a', 'bb', 'ccc']))
    results = []
    p = multiprocessing.dummy.Process(target=results.append, args=('ran in a thread',))
    print(p.exitcode)
    p.start()
    p.join()
    print(results, p.exitcode, multiprocessing.dummy.active_children())
    a, b = multiprocessing.dummy.Pipe()
    a.send([1, 2])
    print(b.poll(), b.recv(), b.poll())
    ns = multiprocessing.dummy.Manager().Namespace(x=1)
    print(ns)
    with Pool(2) as p:
        print(p.map(square, range(5)))
