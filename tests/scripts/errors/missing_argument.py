# Calling with too few arguments.
def f(a, b):
    return a


f(1)
