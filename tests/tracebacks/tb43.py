l = [1,2]
del l[5]
