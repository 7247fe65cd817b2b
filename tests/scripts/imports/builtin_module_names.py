"""sys.builtin_module_names: a sorted tuple of names, every one of which imports; the modules
built into the interpreter are among them, and _imp.is_builtin agrees for those."""
import importlib
import sys
import _imp

names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(set(names)))
failed = []
for name in names:
    try:
        importlib.import_module(name)
    except ImportError as e:
        failed.append((name, str(e)))
print("not importable:", failed)
for name in ("sys", "builtins", "marshal", "_thread", "_io", "_imp", "time", "itertools", "gc"):
    print(name, name in names, _imp.is_builtin(name))
for name in ("json", "os", "no_such_module_here"):
    print(name, name in names, _imp.is_builtin(name))
print(repr(sys), repr(importlib.import_module("marshal")).endswith("(built-in)>"))
