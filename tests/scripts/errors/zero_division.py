# Division by zero in a nested call.
def f(x):
    return 10 // x


def g():
    return f(0)


g()
