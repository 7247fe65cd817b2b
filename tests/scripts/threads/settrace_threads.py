"""threading.settrace / setprofile: threads started afterwards get the hooks; sys.settrace is per thread."""
import sys
import threading

seen = []
lock = threading.Lock()


def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name in ('work', 'run'):
        with lock:
            seen.append((threading.current_thread().name, event, frame.f_code.co_name))
    return None


def work(n):
    return sum(range(n))


threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
threads = [threading.Thread(target=work, args=(10,), name=f't{i}') for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.settrace(None)
print(sorted(seen))

profiled = []
def prof(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'work':
        with lock:
            profiled.append(threading.current_thread().name)
threading.setprofile(prof)
t = threading.Thread(target=work, args=(5,), name='p')
t.start()
t.join()
threading.setprofile(None)
print(profiled, threading.getprofile())
