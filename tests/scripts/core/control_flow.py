# if/elif/else, while/else, for/else, break, continue, pass.
for n in range(-1, 3):
    if n < 0:
        print("neg")
    elif n == 0:
        print("zero")
    else:
        print("pos", n)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("not printed")
while i < 6:
    i += 1
else:
    print("while-else", i)
for x in []:
    pass
else:
    print("for-else on empty")
for x in range(10):
    if x * x > 10:
        print("found", x)
        break
else:
    print("not found")
for x in range(3):
    for y in range(3):
        if y > x:
            break
        print(x, y, end="; ")
print()
