# Iterating over a number.
for x in 5:
    pass
