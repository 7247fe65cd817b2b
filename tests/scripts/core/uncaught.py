def f(d):
    return d["missing"]

print("before")
f({})
