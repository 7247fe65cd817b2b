f = lambda: 1 / 0
f()
