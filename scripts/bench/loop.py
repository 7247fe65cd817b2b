# A while-loop countdown and a for loop over range: the bare eval loop.
def countdown(n):
    while n > 0:
        n -= 1
    return n


def total(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s


print(countdown(5_000_000), total(3_000_000))
