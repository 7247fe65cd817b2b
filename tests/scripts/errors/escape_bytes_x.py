# A truncated \x escape in bytes: CPython's value error.
x = b'\x4'
