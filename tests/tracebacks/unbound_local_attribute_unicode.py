def f():
    print(1, ää.real)
    ää = 1
f()
