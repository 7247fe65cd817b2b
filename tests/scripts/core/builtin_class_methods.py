# The class and static methods of the built-in types: subclasses get their own class back
# (bytes.fromhex on a subclass), qualified names and messages as CPython.
class B(bytes): pass
class BA(bytearray): pass
print(type(B.fromhex('41 42')), B.fromhex('4142'), type(BA.fromhex('41')), BA.fromhex('41'))
print(bytes.fromhex('0a'), b'x'.fromhex('41'), bytearray(b'x').fromhex('41'), bytearray.fromhex(''))
for bad in ('4', 'zz', 5):
    try: bytes.fromhex(bad)
    except Exception as e: print(type(e).__name__, e)
try: bytes.fromhex()
except TypeError as e: print(e)
try: bytes.fromhex('41', x=1)
except TypeError as e: print(e)
print(int.from_bytes.__qualname__, dict.fromkeys.__qualname__, str.maketrans.__qualname__, bytes.fromhex.__qualname__, float.fromhex.__qualname__)
print(bytes.maketrans(b'a', b'b')[97:99], str.maketrans('a', 'b'), dict.fromkeys('ab', 0), int.from_bytes(b'\x01\x00', 'big'), float.fromhex('0x1p3'))
class D(dict): pass
print(type(D.fromkeys('a')), bool(int.from_bytes.__doc__), bool(dict.fromkeys.__doc__), bool(bytes.fromhex.__doc__))
print(repr(int.from_bytes)[:30], repr(bytes.fromhex)[:28])
