# An object-oriented simulation: a warehouse of many small classes (items, shelves, robots, orders)
# with inheritance, properties, class attributes and method calls on every step.
from benchlib import run


class Entity:
    next_id = 0

    def __init__(self):
        Entity.next_id += 1
        self.id = Entity.next_id


class Item(Entity):
    def __init__(self, name, weight, price):
        super().__init__()
        self.name = name
        self.weight = weight
        self.price = price

    @property
    def value_per_kg(self):
        return self.price / self.weight


class Shelf(Entity):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.items = []

    def load(self):
        total = 0
        for item in self.items:
            total += item.weight
        return total

    def put(self, item):
        if self.load() + item.weight > self.capacity:
            return False
        self.items.append(item)
        return True

    def take(self, name):
        for i, item in enumerate(self.items):
            if item.name == name:
                return self.items.pop(i)
        return None


class Robot(Entity):
    speed = 1

    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.y = y
        self.carried = None
        self.distance = 0

    def move_to(self, x, y):
        steps = abs(self.x - x) + abs(self.y - y)
        self.distance += steps
        self.x, self.y = x, y
        return steps / self.speed


class FastRobot(Robot):
    speed = 2

    def move_to(self, x, y):
        return super().move_to(x, y) * 0.9


class Order(Entity):
    def __init__(self, wanted):
        super().__init__()
        self.wanted = wanted
        self.filled = []

    def done(self):
        return len(self.filled) == len(self.wanted)


class Warehouse:
    def __init__(self, width, height, seed):
        self.state = seed
        self.shelves = {}
        for x in range(width):
            for y in range(height):
                self.shelves[(x, y)] = Shelf(50 + self.rand(50))
        self.robots = [Robot(0, 0) if i % 2 else FastRobot(0, 0) for i in range(6)]
        self.names = ["bolt", "nut", "gear", "spring", "valve", "chip", "lamp", "fan"]

    def rand(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n

    def restock(self):
        for pos, shelf in self.shelves.items():
            name = self.names[self.rand(len(self.names))]
            shelf.put(Item(name, 1 + self.rand(9), 2 + self.rand(40)))

    def find(self, name):
        for pos, shelf in self.shelves.items():
            for item in shelf.items:
                if item.name == name:
                    return pos
        return None

    def serve(self, order):
        time_spent = 0.0
        robot = self.robots[order.id % len(self.robots)]
        for name in order.wanted:
            pos = self.find(name)
            if pos is None:
                continue
            time_spent += robot.move_to(*pos)
            item = self.shelves[pos].take(name)
            order.filled.append(item)
            time_spent += robot.move_to(0, 0)
        return time_spent


def main():
    wh = Warehouse(8, 6, 42)
    total_time = 0.0
    value = 0.0
    served = 0
    for round_ in range(10000):
        wh.restock()
        for _ in range(5):
            wanted = [wh.names[wh.rand(len(wh.names))] for _ in range(3)]
            order = Order(wanted)
            total_time += wh.serve(order)
            if order.done():
                served += 1
            for item in order.filled:
                value += item.value_per_kg
    distance = sum(r.distance for r in wh.robots)
    return served, round(total_time, 3), round(value, 3), distance


run(main)
