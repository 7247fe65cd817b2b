a = 1
b = a.bar.baz
