# list.remove, index and count read the list as it is at each step, as CPython's: an __eq__
# that changes the list changes what they see, and no copy of the list is made first.
class Shrinks:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        if self.target:
            self.target.pop()
        return False


l = [1, 2, 3, 4, 5]
l.append(Shrinks(l))
try:
    l.remove(99)
except ValueError as e:
    print("remove:", e)
print(len(l))


class RemovesFirst:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        del self.target[0]
        return True


m = ["a", "b", "c"]
m.insert(1, RemovesFirst(m))
m.remove("zzz")
print([v if isinstance(v, str) else type(v).__name__ for v in m])

n = [Shrinks(None)] * 3 + [7, 7, 7]
print(n.count(7), n.index(7), n.index(7, 4))
try:
    n.index(8)
except ValueError as e:
    print("index:", e)


class Grows:
    def __init__(self, target):
        self.target = target
        self.calls = 0

    def __eq__(self, other):
        self.calls += 1
        if self.calls < 5:
            self.target.append(self.target[-1])
        return False


g = [0]
g[0] = Grows(g)
print(g.count(1), len(g))
big = list(range(200000))
for i in range(50):
    big.remove(199999 - i)
print(len(big), big[-1])
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2))
