class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

def gen(n):
    for i in range(n):
        yield i * i

print(Point(1, 2) + Point(3, 4), list(gen(5)), {3, 1, 2}, sorted("banana"))
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
print(f"{3.14159:.2f} {255:#x} {'s':>3}", 7 // -2, -7 % 3, 1e16, 10 / 4)
