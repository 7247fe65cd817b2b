# A module imported by modules.py: runs once, however often it is imported.
print("helper_shapes loading as", __name__)
SIDES = {"triangle": 3, "square": 4}


def sides(name):
    return SIDES[name]


class Shape:
    def __init__(self, name):
        self.name = name
