class Box:
    @property
    def size(self):
        return self.size
Box().size
