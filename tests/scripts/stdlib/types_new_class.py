import types
C = types.new_class("C", (), {}, lambda ns: ns.update(x=1))
print(C.__name__, C.x, len(C.__mro__))
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
D = types.new_class("D", (C,), {"metaclass": M, "flag": 3})
print(type(D).__name__, D.from_prepare)
print(types.prepare_class("E", (D,)))
class G:
    def __mro_entries__(self, bases): return (C,)
print(types.resolve_bases((G(), int)))
E = types.new_class("E", (G(),))
print(E.__orig_bases__ is not None, [k.__name__ for k in E.__mro__])
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), 'a' in mp, mp.get('b', 5), mp == {'a': 1}, type(mp).__name__)
try: mp['b'] = 2
except TypeError as e: print(e)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
class M2(type): pass
class N2(type): pass
try:
    types.new_class("X", (M2("a", (), {}), N2("b", (), {})))
except TypeError as e: print(e)
