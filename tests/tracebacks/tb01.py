def f(a, b):
    return a / b

def g(d):
    return d['k'] + 1

x = [1, 2]
try:
    f(1, 0)
except ZeroDivisionError:
    pass
try:
    y = g({'k': 'a'})
except TypeError as e:
    pass
def h():
    return x[5]
def outer():
    v = h() + 1
    return v
print(  outer( ) )
