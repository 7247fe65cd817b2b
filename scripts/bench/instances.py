# Many small objects made and read: 300,000 instances of a three-attribute class live at once,
# with a subclass adding a fourth, records filled in a different order, and passes reading and
# updating their attributes and calling methods on them (the per-instance memory benchmark).
from benchlib import run


class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z


class Tagged(Vec3):
    def __init__(self, x, y, z, tag):
        super().__init__(x, y, z)
        self.tag = tag


class Record:
    pass


def make(n):
    objs = []
    for i in range(n):
        if i % 10 == 0:
            objs.append(Tagged(i, i + 1, i + 2, i % 7))
        else:
            objs.append(Vec3(i, i + 1, i + 2))
    return objs


def records(n):
    out = []
    for i in range(n):
        r = Record()
        if i % 2:
            r.name = "r"
            r.size = i
        else:
            r.size = i
            r.name = "s"
        out.append(r)
    return out


def main():
    objs = make(300000)
    recs = records(100000)
    total = 0
    for _ in range(10):
        prev = objs[0]
        for o in objs:
            total += o.dot(prev) & 0xFFFF
            o.x = o.y - 1
            prev = o
    sizes = 0
    for r in recs:
        sizes += r.size + len(r.name)
    tags = sum(o.tag for o in objs if type(o) is Tagged)
    return total, sizes, tags, len(vars(objs[5])), list(vars(recs[1]))


run(main)
