# A bracket never closed.
print((1, 2)
x = 3
