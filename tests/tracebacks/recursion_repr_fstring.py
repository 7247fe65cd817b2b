class Node:
    def __repr__(self):
        return f"<{self!r}>"
repr(Node())
