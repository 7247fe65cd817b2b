# collections.deque: the native ring buffer (appends at both ends, maxlen, rotate, errors).
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d, list(d), list(reversed(d)))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(0); print(m)
print(deque('abc') == deque('abc'), deque('ab') == deque('abc'), deque() == [])
print(bool(deque()), bool(deque([0])))
d = deque([1, 2, 2, 3]); print(d.count(2), d.index(3)); d.remove(2); print(d)
d[0] = 9; del d[1]; print(d)
d.insert(1, 7); print(d, d.copy(), d + deque([1]))
d.clear(); print(d)
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
try:
    d.remove(5)
except ValueError as e:
    print("ValueError", e)
try:
    deque()[0]
except IndexError as e:
    print("IndexError", e)
print(deque(maxlen=0), deque([1,2], 5))
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print(e)
x = deque([1]); x += [2, 3]; print(x)
print(type(x), type(x).__name__)
try:
    hash(x)
except TypeError as e:
    print(e)
