# RLock ownership, Condition notify(n)/notify_all, Semaphore, BoundedSemaphore, Barrier, Timer.
import threading

rl = threading.RLock()
rl.acquire()
rl.acquire()
errors = []


def foreign_release():
    try:
        rl.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=foreign_release)
t.start()
t.join()
rl.release()
rl.release()
print(errors)
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
woken = []
waiting = [0]


def waiter(i):
    with cond:
        waiting[0] += 1
        cond.wait()
        woken.append(i)


def until(predicate):
    # Poll under the condition's lock: a waiter counted in `waiting` is inside cond.wait().
    while True:
        with cond:
            if predicate():
                return


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
until(lambda: waiting[0] == 5)
with cond:
    cond.notify(2)
until(lambda: len(woken) == 2)
with cond:
    cond.notify_all()
for w in ws:
    w.join()
print(sorted(woken))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
sem = threading.Semaphore(3)
inside = []
peak = [0]
guard = threading.Lock()


def limited(i):
    with sem:
        with guard:
            inside.append(i)
            peak[0] = max(peak[0], len(inside))
        with guard:
            inside.remove(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 3, inside)

actions = []
b = threading.Barrier(3, action=lambda: actions.append("all arrived"))
indices = []


def party():
    indices.append(b.wait())


ps = [threading.Thread(target=party) for _ in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(indices), actions, b.broken, b.parties, b.n_waiting)
broken = threading.Barrier(2)
outcome = []


def stuck():
    try:
        broken.wait()
    except threading.BrokenBarrierError:
        outcome.append("broken")


s = threading.Thread(target=stuck)
s.start()
while broken.n_waiting == 0:
    pass
broken.abort()
s.join()
print(outcome, broken.broken)
broken.reset()
print(broken.broken)
fired = threading.Event()
tm = threading.Timer(0.01, fired.set)
tm.start()
print(fired.wait(5))
tm.join()
