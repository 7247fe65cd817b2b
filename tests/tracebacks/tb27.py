def gen():
    yield 1 / 0
list(gen())
