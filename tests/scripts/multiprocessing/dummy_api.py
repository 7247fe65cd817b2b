import multiprocessing.dummy as md, threading, re
def clean(s): return re.sub(r'\d{3,}', 'N', str(s))
print(sorted(md.__all__))
out = []
lock = md.Lock()
def work(i):
    with lock: out.append(i * i)
ps = [md.Process(target=work, args=(i,)) for i in range(4)]
print(ps[0].exitcode, clean(ps[0]) .startswith('<DummyProcess('), type(ps[0]).__name__, md.Process is md.DummyProcess)
for p in ps: p.start()
for p in ps: p.join()
print(sorted(out), [p.exitcode for p in ps], md.active_children())
print(md.current_process() is threading.current_thread(), md.current_process().name)
ev = md.Event(); gate = md.Event()
p = md.Process(target=lambda: (gate.set(), ev.wait())); p.start(); gate.wait()
print(len(md.active_children()), p.exitcode, p.is_alive()); ev.set(); p.join(); print(md.active_children(), p.exitcode)
ns = md.Namespace(a=1, b='x', _hidden=3); ns.c = [1]; print(ns, ns.a, ns._hidden)
v = md.Value('i', 5); print(v, v.value); v.value = 7; print(v.value, repr(v))
arr = md.Array('i', [1, 2, 3]); print(arr, arr[1])
m = md.Manager(); print(m is md, m.list([1, 2]), m.dict(a=1), md.shutdown() if hasattr(md, 'shutdown') else None)
q = md.Queue(); q.put(1); print(q.get(), type(q).__name__, md.JoinableQueue is md.Queue)
a, b = md.Pipe(); a.send('hello'); print(b.poll(), b.recv(), b.poll(), b.poll(0.01))
b.send_bytes(b'raw'); print(a.recv_bytes()); a.close()
with md.Pipe()[0] as c: print(type(c).__name__)
with md.Pool(3) as pool:
    print(pool.map(lambda x: x * 10, range(5)), type(pool).__name__)
    print(pool.apply(pow, (2, 5)), sorted(pool.imap_unordered(abs, [-1, -2, 3])))
print(md.freeze_support())
print(md.Condition, md.Semaphore(2).acquire(), md.BoundedSemaphore, md.Barrier)
t = md.Process(target=print, args=('from dummy',), name='dp'); t.start(); t.join(); print(t.name)
def nested():
    child = md.Process(target=lambda: None); child.start(); child.join()
    out.append(len(md.active_children()))
out.clear(); n = md.Process(target=nested); n.start(); n.join(); print(out)
other = md.Process(target=lambda: None)
def start_elsewhere():
    try: other.start()
    except RuntimeError as e: out.append(clean(e)[:20])
out.clear(); th = threading.Thread(target=start_elsewhere); th.start(); th.join(); print(out)
