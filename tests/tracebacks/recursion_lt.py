class Key:
    def __lt__(self, other):
        return self < other
Key() < Key()
