# Unbound calls of built-in methods and slots: CPython's messages name the class that defines
# the slot; __new__ checks its class argument; read-only attributes of built-in values.
for expr in [
    "ValueError.__init__()", "ValueError.__init__(1)", "KeyError.__init__(ValueError())",
    "OSError.__init__()", "FileNotFoundError.__init__(1)", "SyntaxError.__init__(1)",
    "TypeError.__init__(1)", "BaseException.__init__()", "ValueError.__str__()",
    "KeyError.__str__(1)", "AttributeError.__str__(1)", "ValueError.__str__(1)",
    "ValueError.__repr__(1)", "BaseException.with_traceback()",
    "dict.__init__()", "list.__init__(1)", "set.__init__('x')", "list.append()",
    "list.append(1, 2)", "str.upper(1)", "int.__add__('a', 1)", "int.__repr__(1.5)",
    "str.__len__()", "set.add(frozenset(), 1)", "object.__init__()", "type.__call__(1)",
    "int.__new__(str)", "int.__new__()", "list.__new__(1)", "str.__new__(int)",
    "float.__new__(str)", "tuple.__new__(dict)", "dict.__new__(list)", "bytes.__new__(str)",
    "frozenset.__new__(set)", "bool.__new__(int)", "complex.__new__(int)",
    "object.__new__(int)", "str.__new__(str, 5)",
]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)

class MyError(ValueError):
    def __init__(self, *args):
        ValueError.__init__(self, *args)
        super().__init__(*args)

print(repr(MyError(1, 2)), MyError(1, 2).args, str(KeyError('k')), str(OSError(2, 'gone')))
print(sorted(k for k in vars(ValueError) if k in ('__init__', '__str__')))
print(sorted(k for k in vars(KeyError) if k in ('__init__', '__str__')))

for stmt in [
    "(1j).real = 1", "(1j).imag = 1", "del (1j).real", "(1.5).real = 1", "(1).real = 3",
    "(1).numerator = 3", "(1j).conjugate = 1", "[].append = 1", "slice(1).start = 2",
    "range(1).start = 2", "(1).x = 1", "int.x = 1",
]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
