import operator
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v)
    def __imatmul__(self, o): self.v += o.v; return self
    def __repr__(self): return f"M({self.v})"
print(operator.matmul(M(2), M(3)), operator.__matmul__(M(2), M(5)))
m = M(1); r = operator.imatmul(m, M(4)); print(r, r is m)
print(operator.call(max, 3, 9, key=lambda v: -v), operator.__call__(len, "abc"))
print(operator.__add__(1, 2), operator.__not__(0), operator.__and__(6, 3), operator.__or__(4, 1), operator.__inv__(5), operator.__invert__(5))
print(operator.__getitem__([1, 2], 1), operator.__contains__("abc", "b"), operator.__lt__ is operator.lt)
try: operator.matmul(1, 2)
except TypeError as e: print(e)
try: operator.call()
except TypeError as e: print(type(e).__name__)
print(sorted(n for n in operator.__all__ if "mat" in n or n == "call"))
