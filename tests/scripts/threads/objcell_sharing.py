# Four threads share each kind of object whose state sits in an object cell (gil_cell.rs): a
# list, a dict, a set, a closure cell, an instance with __slots__, a deque and one iterator.
# Under a GIL policy the cells use a borrow flag, under --gil off a real lock; either way no
# update is lost, no item is taken twice, and nothing is borrowed twice.
import collections
import threading

N = 2000
shared_list = []
shared_dict = {}
shared_set = set()
dq = collections.deque()
source = iter(range(N * 4))
taken = [[] for _ in range(4)]
lock = threading.Lock()


class Point:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 0
        self.y = 0


point = Point()


def make_counter():
    count = 0

    def bump():
        nonlocal count
        with lock:
            count += 1
        return count

    def read():
        return count

    return bump, read


bump, read = make_counter()


def work(k):
    for i in range(N):
        shared_list.append((k, i))
        shared_dict[(k, i)] = i * k
        shared_set.add(i % 97)
        dq.append(i)
        if len(dq) > 50:
            try:
                dq.popleft()
            except IndexError:
                pass
        bump()
        with lock:
            point.x += 1
            point.y -= 1
    for x in source:
        taken[k].append(x)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(shared_list), sorted(shared_list) == sorted((k, i) for k in range(4) for i in range(N)))
print(len(shared_dict), sum(shared_dict.values()) == sum(i * k for k in range(4) for i in range(N)))
print(sorted(shared_set) == list(range(97)))
print(len(dq) <= 50 + 4)
print(read(), point.x, point.y)
everything = sorted(x for part in taken for x in part)
print(len(everything), everything == list(range(N * 4)))
