def f(*a): return a
for o in [f, classmethod(f), staticmethod(f), property(f)]:
    print(type(o).__name__, hasattr(o, '__get__'), hasattr(o, '__func__'), hasattr(o, '__set__'))
class C: pass
print(f.__get__(C())(1)[1], classmethod(f).__get__(None, C)(2), staticmethod(f).__get__(None, C)(3))
print(property(lambda s: 5).__get__(C()), classmethod(f).__isabstractmethod__, staticmethod(f).__wrapped__ is f)
