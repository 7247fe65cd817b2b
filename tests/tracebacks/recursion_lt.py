class Key:
    def __lt__(self, other):
        return self < other
sorted([Key(), Key()])
