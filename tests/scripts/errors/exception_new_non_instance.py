class E(BaseException):
    def __new__(cls, *a): return 1
try:
    raise E
except TypeError as e: print(e)
def gen():
    yield 1
g = gen(); next(g)
try:
    g.throw(E)
except TypeError as e: print(e)
try:
    raise E()
except TypeError as e: print(e)
class F(Exception):
    def __new__(cls, *a): return ValueError('v')
try:
    raise F
except ValueError as e: print(repr(e))
