# LoadGlobal and builtins: rebinding, deleting, shadowing a builtin with a global and back.

x = 1

def get_x():
    return x

def use_len():
    return len("abc")

for _ in range(3):
    print(get_x(), use_len())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = "back"
print(get_x())

len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

import builtins
saved = builtins.len
builtins.len = lambda s: "builtin replaced"
print(use_len())
builtins.len = saved
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
builtins.len = saved
print(use_len())

g = {}
exec("def f():\n    return y\n", g)
g["y"] = 10
print(g["f"]())
g["y"] = 11
print(g["f"]())
