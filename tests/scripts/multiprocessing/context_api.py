"""multiprocessing contexts: start methods, get_context, the objects each context makes, errors."""
import multiprocessing as mp
from multiprocessing import context as C
def e(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(mp.get_all_start_methods()[:1], mp.get_start_method(allow_none=True))
e(mp.set_start_method, 'nope'); print(mp.get_start_method(allow_none=True), mp.get_start_method(), mp.get_start_method(allow_none=True))
e(mp.get_context, 'nope'); e(mp.set_start_method, 'nope')
f, s = mp.get_context('fork'), mp.get_context('spawn')
print(type(f).__name__, type(s).__name__, f.get_start_method(), s.get_start_method(), f.get_context() is f, f.get_context('spawn') is s)
print(f.Process.__name__, s.Process.__name__, f.Process._start_method, mp.Process.__name__)
print(f.ProcessError is mp.ProcessError, f.TimeoutError is mp.TimeoutError, issubclass(mp.AuthenticationError, mp.ProcessError), issubclass(mp.BufferTooShort, mp.ProcessError))
print(f.current_process().name, f.parent_process(), f.active_children(), isinstance(f.cpu_count(), int))
q = f.Queue(3); q.put(1); print(q.get(), type(q).__name__)
sq = f.SimpleQueue(); sq.put('x'); print(sq.get(), sq.empty())
jq = f.JoinableQueue(); jq.put(2); print(jq.get()); jq.task_done()
a, b = f.Pipe(); a.send('p'); print(b.recv()); r, w = f.Pipe(False); print(r.readable, w.writable)
for name in ('Lock', 'RLock', 'Event'):
    obj = getattr(f, name)(); print(name, type(obj).__name__)
print(type(f.Semaphore(2)).__name__, type(f.BoundedSemaphore()).__name__, type(f.Condition()).__name__)
v = f.Value('i', 5); print(v.value); arr = f.Array('d', [1.5, 2.5]); print(arr[:]); print(f.RawValue('i', 3).value, f.RawArray('i', 3)[:])
print(f.get_logger().name, f.freeze_support())
mp.set_start_method('spawn', force=True); print(mp.get_start_method()); e(mp.set_start_method, 'fork'); mp.set_start_method('fork', force=True); print(mp.get_start_method())
mp.set_start_method(None, force=True); print(mp.get_start_method(allow_none=True))
e(C.assert_spawning, object())
