# threading.local isolation, thread names and idents, repr states, enumerate.
import threading

data = threading.local()
data.x = "main"
out = []
lock = threading.Lock()


def worker(i):
    data.x = i
    with lock:
        out.append((threading.current_thread().name, data.x, getattr(data, "y", None)))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
named = threading.Thread(target=worker, args=(9,), name="nine")
for t in ts + [named]:
    t.start()
for t in ts + [named]:
    t.join()
print(sorted(out), data.x)
t = threading.Thread(target=lambda: None, name="r")
print(repr(t))
t.start()
t.join()
print(repr(t).split(",")[1].split()[0], t.ident is not None, t.native_id is not None)
print(threading.current_thread().name, threading.get_ident() == threading.main_thread().ident)
print([x.name for x in threading.enumerate()], threading.active_count())
