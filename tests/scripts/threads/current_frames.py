# sys._current_frames(): every thread's innermost frame by thread id, readable from another
# thread (code, line, f_back chain, globals), while those threads wait on events and locks.
import sys
import threading
import time
import traceback

ready = threading.Event()
go = threading.Event()
lock = threading.Lock()


def mine(frame):
    """The frames of this file on a frame's f_back chain, innermost first."""
    out = []
    while frame is not None:
        if frame.f_code.co_filename == __file__:
            out.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    return out


def blocked_in_wait(tag):
    local_tag = tag
    ready.set()
    go.wait()


def waits_on_lock():
    with lock:
        pass


def level2(n):
    return waits_on_lock()


lock.acquire()
t1 = threading.Thread(target=blocked_in_wait, args=('a',))
t1.start()
ready.wait()
t2 = threading.Thread(target=level2, args=(1,))
t2.start()
# Until the second thread has reached the lock (a condition, polled).
for _ in range(2000):
    f = sys._current_frames().get(t2.ident)
    if f is not None and mine(f) and mine(f)[0][0] == 'waits_on_lock':
        break
    time.sleep(0.005)

frames = sys._current_frames()
me = threading.get_ident()
print('threads', sorted(frames) == sorted([me, t1.ident, t2.ident]), type(frames).__name__)
print('main', mine(frames[me]))
print('t1', mine(frames[t1.ident]))
print('t2', mine(frames[t2.ident]))
summary = traceback.extract_stack(frames[t2.ident])
print('extract_stack', [(fs.name, fs.lineno) for fs in summary if fs.filename == __file__])
print('globals', frames[t1.ident].f_back.f_globals is globals() or mine(frames[t1.ident])[0][0])
go.set()
lock.release()
t1.join()
t2.join()
print('after join', sorted(sys._current_frames()) == [me])


def inner():
    return sys._current_frames()[threading.get_ident()]


f = inner()
print('own', f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name)


# A thread reading the main thread's frame while the main thread waits on an event.
seen = []
main_free = threading.Event()


def look_at_main(main_id):
    # Until the main thread waits in main_waits (a condition, polled).
    for _ in range(2000):
        where = mine(sys._current_frames()[main_id])
        if where and where[0][0] == 'main_waits' and where[0][1] == WAIT_LINE:
            break
        time.sleep(0.005)
    seen.append(where)
    main_free.set()


def main_waits():
    t = threading.Thread(target=look_at_main, args=(me,))
    t.start()
    main_free.wait()
    t.join()


WAIT_LINE = main_waits.__code__.co_firstlineno + 3
main_waits()
print('main seen from a thread', seen)
try:
    sys._current_frames(1)
except TypeError as e:
    print('TypeError', e)
