class Node:
    def __repr__(self):
        return repr(self)
repr(Node())
