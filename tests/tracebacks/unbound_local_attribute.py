def f():
    print(x.real)
    x = 1
f()
