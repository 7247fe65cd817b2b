import threading, sys
# Barrier, Condition across threads, settrace/setprofile into threads, locals, exit-time joining
out = []
lock = threading.Lock()
def act(): out.append('action')
b = threading.Barrier(3, action=act)
def party(i):
    r = b.wait()
    with lock: out.append(('idx', r))
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out[0], sorted(out[1:]))
b2 = threading.Barrier(2, timeout=0.05)
try: b2.wait()
except threading.BrokenBarrierError as e: print('broken', type(e).__mro__[1].__name__, b2.broken)
b2.reset(); print(b2.broken, b2.n_waiting)
def aborter(): b3.abort()
b3 = threading.Barrier(2)
t = threading.Timer(0.02, aborter); t.start()
try: b3.wait()
except threading.BrokenBarrierError: print('aborted')
t.join()
# condition producer/consumer
cv = threading.Condition(); items = []
def consumer(n):
    got = []
    for _ in range(n):
        with cv:
            cv.wait_for(lambda: items)
            got.append(items.pop(0))
    with lock: out.append(sum(got))
out.clear()
cs = [threading.Thread(target=consumer, args=(5,)) for _ in range(2)]
for c in cs: c.start()
for i in range(10):
    with cv:
        items.append(i); cv.notify()
for c in cs: c.join()
print(sum(out))
# Event across threads
ev = threading.Event(); flag = []
def waiter(): flag.append(ev.wait(5))
w = threading.Thread(target=waiter); w.start(); ev.set(); w.join(); print(flag)
# Timer cancel
fired = []
tm = threading.Timer(10, fired.append, args=[1]); tm.start(); tm.cancel(); tm.join(); print(fired, tm.finished.is_set())
tm = threading.Timer(0.01, lambda object: fired.append(object), kwargs={'object': 2}); tm.start(); tm.join(); print(fired)
# settrace / setprofile to threads
calls = []
def tracer(frame, event, arg):
    if event == 'call': calls.append(frame.f_code.co_name)
    return None
def traced_fn(): return 1
def run_traced(): traced_fn()
threading.settrace(tracer); print(threading.gettrace() is tracer)
t = threading.Thread(target=run_traced); t.start(); t.join()
threading.settrace(None)
print('run_traced' in calls, 'traced_fn' in calls)
pcalls = []
def prof(frame, event, arg):
    if event == 'call': pcalls.append(frame.f_code.co_name)
threading.setprofile(prof)
t = threading.Thread(target=run_traced); t.start(); t.join()
threading.setprofile(None)
print('traced_fn' in pcalls, threading.getprofile())
# local
loc = threading.local(); loc.x = 'main'
def lw():
    loc.x = 'thread'; out.append(loc.x)
out.clear(); t = threading.Thread(target=lw); t.start(); t.join(); print(loc.x, out)
# current_thread inside, enumerate while running
gate = threading.Event(); done = threading.Event(); info = []
def inside():
    me = threading.current_thread()
    info.append((me.name, me.is_alive(), me in threading.enumerate(), threading.active_count()))
    gate.set(); done.wait()
t = threading.Thread(target=inside, name='inner'); t.start(); gate.wait()
print(info, t.is_alive(), threading.active_count(), len(threading.enumerate())); done.set(); t.join()
print(t.is_alive(), threading.active_count())
# join with timeout
slow = threading.Event()
t = threading.Thread(target=slow.wait); t.start(); t.join(0.01); print(t.is_alive()); t.join(-1); slow.set(); t.join(); print(t.is_alive())
# _thread started thread -> dummy
import _thread
got = []
def raw():
    ct = threading.current_thread(); got.append((type(ct).__name__, ct.name.startswith('Dummy-'), ct.daemon, ct.is_alive())); gate2.set()
gate2 = threading.Event()
_thread.start_new_thread(raw, ()); gate2.wait(); print(got)
# register_atexit + non-daemon at exit
go = threading.Event()
def at_exit():
    print('atexit hook ran', flush=True); go.set()
threading._register_atexit(at_exit)
def late():
    go.wait(); print('late thread done', flush=True)
threading.Thread(target=late).start()
def daemon_forever(): threading.Event().wait()
threading.Thread(target=daemon_forever, daemon=True).start()
print('main done', flush=True)
