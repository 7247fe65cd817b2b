# A first gilpy script: python3 prints the same.
def greet(name, punct="!"):
    return f"Hello, {name}{punct}"

squares = {n: n * n for n in range(6)}
print(greet("gilpy"), sum(squares.values()), 2 ** 100)
