# Plain invalid syntax.
x = = 1
