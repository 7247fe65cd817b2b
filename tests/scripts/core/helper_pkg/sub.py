VALUE = 2
print("sub", __name__)
