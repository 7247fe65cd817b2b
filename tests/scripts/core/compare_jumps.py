x, y, z = 0, 1, 2
if x and y < z:
    print("wrong")
else:
    print("ok1")
if x or y < z:
    print("ok2")
if 1 < y < 3:
    print("ok3")
if not y > z:
    print("ok4")
n = 5
while n > 0:
    n -= 1
print(n)
class C:
    def __lt__(self, o):
        return []
if C() < 1:
    print("wrong")
else:
    print("ok5")
try:
    if C() > 1:
        pass
except TypeError as e:
    print(e)
print([i for i in range(10) if i % 3 == 0])
