# Float-heavy geometry: a small ray tracer (spheres, a plane, one light, shadows and one
# reflection) rendering to a brightness histogram; vectors are tuples, maths from math.
import math

from benchlib import run


def sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def scale(a, k):
    return (a[0] * k, a[1] * k, a[2] * k)


def add(a, b):
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def norm(a):
    n = math.sqrt(dot(a, a))
    return (a[0] / n, a[1] / n, a[2] / n)


class Sphere:
    def __init__(self, centre, radius, shine):
        self.centre, self.radius, self.shine = centre, radius, shine

    def hit(self, origin, direction):
        oc = sub(origin, self.centre)
        b = dot(oc, direction)
        c = dot(oc, oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return norm(sub(p, self.centre))


class Plane:
    shine = 0.2

    def hit(self, origin, direction):
        if abs(direction[1]) < 1e-9:
            return None
        t = (-1.0 - origin[1]) / direction[1]
        return t if t > 1e-6 else None

    def normal(self, p):
        return (0.0, 1.0, 0.0)


SCENE = [Sphere((0.0, 0.0, 5.0), 1.0, 0.5), Sphere((1.8, -0.3, 4.0), 0.7, 0.3),
         Sphere((-1.6, 0.2, 6.0), 1.2, 0.6), Plane()]
LIGHT = norm((-1.0, 2.0, -1.5))


def trace(origin, direction, depth):
    nearest, obj = math.inf, None
    for o in SCENE:
        t = o.hit(origin, direction)
        if t is not None and t < nearest:
            nearest, obj = t, o
    if obj is None:
        return 0.1 + 0.2 * max(direction[1], 0.0)
    p = add(origin, scale(direction, nearest))
    n = obj.normal(p)
    light = max(dot(n, LIGHT), 0.0)
    for o in SCENE:
        if o is not obj and o.hit(p, LIGHT) is not None:
            light *= 0.3
            break
    colour = 0.1 + 0.9 * light
    if depth > 0 and obj.shine > 0:
        r = sub(direction, scale(n, 2 * dot(direction, n)))
        colour = colour * (1 - obj.shine) + obj.shine * trace(p, r, depth - 1)
    return colour


def main():
    width, height = 330, 220
    hist = [0] * 10
    total = 0.0
    for y in range(height):
        for x in range(width):
            d = norm(((x - width / 2) / height, (height / 2 - y) / height, 1.0))
            c = trace((0.0, 0.0, 0.0), d, 2)
            total += c
            hist[min(int(c * 10), 9)] += 1
    return round(total, 6), hist


run(main, repeat=4)
