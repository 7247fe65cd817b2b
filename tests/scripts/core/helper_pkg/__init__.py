NAME = "pkg"
print("init", __name__)
