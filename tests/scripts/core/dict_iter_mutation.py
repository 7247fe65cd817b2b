# Changing a dict while iterating over it, as CPython reports it: a change of size is
# "dictionary changed size during iteration"; the same size with other keys goes on until more
# keys turn up than there were ("dictionary keys changed during iteration"); values may change.


def attempt(label, f):
    try:
        print(label, "->", f())
    except RuntimeError as e:
        print(label, "->", type(e).__name__, e)


def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0


def delete_during():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]


def pop_and_readd():
    d = {1: 1, 2: 2}
    for k in d:
        d.pop(k)
        d[k] = 1


def swap_unseen():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[3]
            d[4] = 4
    return seen


def replace_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 10
    return d


def items_clear():
    d = {1: 1, 2: 2}
    for kv in d.items():
        d.clear()


def values_add():
    d = {1: 1}
    for v in d.values():
        d[2] = 2


def keys_iter_after_clear():
    d = {i: i for i in range(5)}
    it = iter(d.keys())
    next(it)
    d.clear()
    return list(it)


def values_same_size():
    d = {"a": 1, "b": 2}
    out = []
    for v in d.values():
        out.append(v)
        if v == 1:
            d["c"] = d.pop("b")
    return out


for f in [add_during, delete_during, pop_and_readd, swap_unseen, replace_values, items_clear, values_add,
          keys_iter_after_clear, values_same_size]:
    attempt(f.__name__, f)
