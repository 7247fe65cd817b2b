# Instances of many classes, each with its own first attribute names (more than one shape tree's
# root takes): attributes read, written, deleted and listed alike in every class, and
# __class__ assignment between classes that lay their attributes out differently.
classes = []
for i in range(60):
    ns = {}
    exec(f"class C{i}:\n    def __init__(self, v):\n        self.first{i} = v\n        self.b = v * 2\n", ns)
    classes.append(ns[f"C{i}"])
objs = [c(i) for i, c in enumerate(classes)]
print(sum(o.b for o in objs), [sorted(vars(o)) for o in objs[-2:]])
last = objs[-1]
last.extra = 'x'
del last.b
print(vars(last), hasattr(last, 'b'))
last.b = 3
print(list(vars(last)))
# Same names added in another order, in another class.
a, b = objs[0], objs[1]
a.__class__ = classes[1]
print(type(a).__name__, vars(a), a.first0)
b.__dict__ = {'k': 1}
print(vars(b), b.k)
del b.__dict__
print(vars(b))
b.q = 4
print(vars(b))
many = [classes[i % 60](i) for i in range(600)]
print(sum(getattr(o, f'first{i % 60}') for i, o in enumerate(many)))
