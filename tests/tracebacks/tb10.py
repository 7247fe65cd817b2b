def f():
    raise KeyError(1)
f()
