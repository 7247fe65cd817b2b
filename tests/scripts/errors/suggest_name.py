# An uncaught NameError: CPython 3.11's default hook adds the nearest local, global or builtin.
def average(values):
    total_sum = sum(values)
    return total_summ / len(values)

print(average([1, 2]) if False else "start")
average([1, 2, 3])
