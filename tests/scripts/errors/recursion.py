# Unbounded recursion becomes RecursionError, never a crash.
def down(n):
    return down(n + 1)


down(0)
