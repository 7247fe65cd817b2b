# __length_hint__ and operator.length_hint of every built-in iterator kind, from one count (builtins/length_hint.rs), and huge ranges' iterator types.
import operator
d = {1: 2, 3: 4}
s = {1, 2, 3}
ba = bytearray(b"abcd")
its = [iter([1, 2, 3]), iter((1,)), iter("héllo"), iter(b"ab"), iter(ba), iter(range(10)), iter(range(-2**63, 2**63 - 1)),
       iter(range(0, 2**200, 3)), iter(range(2**64, 2**64 + 5)), iter(d), iter(d.values()), reversed(d), iter(s), reversed([1, 2, 3]),
       reversed("abc"), reversed(range(5)), iter(set()), map(str, [1]), (x for x in [1])]
for it in its:
    print(type(it).__name__, it.__length_hint__() if hasattr(it, "__length_hint__") else "-")
    try:
        print(operator.length_hint(it, -1))
    except OverflowError as e:
        print("OverflowError", e)
it = iter(d); next(it); d[9] = 9; print(it.__length_hint__(), operator.length_hint(it))
it = iter(s); s.add(99); print(it.__length_hint__())
r = reversed(ba); del ba[:]; print(r.__length_hint__())
it = iter([1, 2]); list(it); print(it.__length_hint__())
print(len(list(iter(range(5)))), list(reversed(range(2**64, 2**64 + 3))))
