# bytes()/bytearray() of a list or tuple of small ints (read in place), and the errors of the
# general path for items out of range or of other types.
print(bytes([1, 2, 255]), bytes((0, True, False)), bytearray([65, 66]), bytes([]), bytes(()))
for src in ([256], [-1], [1.5], (1, 'a'), [2**70], [1, None]):
    for k in (bytes, bytearray):
        try:
            print(k(src))
        except (ValueError, TypeError, OverflowError) as e:
            print(k.__name__, type(e).__name__, e)
class I:
    def __index__(self): return 7
print(bytes([I(), 3]), bytes([3, I()]))
class L(list): pass
print(bytes(L([1, 2])))
