# Classes changed after their methods were used: every change is seen at once (the VM's
# attribute cache must never answer with what a class used to hold).


class Base:
    kind = "base"

    def greet(self):
        return "base greet"

    def __len__(self):
        return 1


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.greet(), c.kind, len(c))

# A method replaced on the base, then shadowed on the child, then removed again.
Base.greet = lambda self: "patched greet"
print(c.greet())
Child.greet = lambda self: "child greet"
print(c.greet())
del Child.greet
print(c.greet())

# Class attributes and dunders.
Base.kind = "changed"
print(c.kind, Child.kind)
Base.__len__ = lambda self: 7
print(len(c))
del Base.__len__
try:
    len(c)
except TypeError as e:
    print("TypeError:", e)

# Through the class __dict__ and setattr.
setattr(Child, "extra", 42)
print(c.extra)
delattr(Child, "extra")
try:
    c.extra
except AttributeError as e:
    print("AttributeError:", e)


# __init__ and __call__ added after instances were made.
class Late:
    pass


Late()
Late.__init__ = lambda self, x: setattr(self, "x", x)
print(Late(5).x)
Late.__call__ = lambda self: "called"
print(Late(1)())


# A class made in a loop: each new class answers for itself.
for i in range(3):
    class Fresh:
        value = i

        def get(self):
            return self.value

    print(Fresh().get())

# Instance attributes shadow, then stop shadowing.
c.greet = lambda: "instance greet"
print(c.greet())
del c.greet
print(c.greet())
