# An uncaught AttributeError: the hint comes from dir() of the object.
class Inventory:
    def __init__(self):
        self.items = []

    def add_item(self, name):
        self.items.append(name)

inv = Inventory()
inv.add_item("bolt")
print(inv.items)
inv.add_itme("nut")
