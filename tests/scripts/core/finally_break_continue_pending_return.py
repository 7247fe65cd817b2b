def g():
    while True:
        try: return 1
        finally: break
    return 'end2'
print(g())
def g2():
    for i in range(3):
        try: return i
        finally: break
    return 'end'
print(g2())
for i in range(2):
    try:
        try: 1 / 0
        finally: break
    finally:
        print(i)
        break
print('done')
def f():
    for i in range(3):
        try: return i
        finally:
            if i < 2: continue
    return 'end'
print(f())
def fw():
    for i in range(3):
        with open(__file__) as fh:  # a with block between the loop and the try
            try: return i
            finally:
                if i < 2: continue
    return 'end'
print(fw())
def gen():
    for i in range(3):
        try:
            yield i
            return
        finally:
            continue
print(list(gen()))
def h():
    try: return 1
    finally: return 2
print(h())
def k():
    for x in 'ab':
        for y in 'cd':
            try:
                return x + y
            finally:
                if y == 'c': continue
                break
    return 'fell'
print(k())
def m():
    out = []
    for i in range(3):
        try:
            try: return 'inner'
            finally:
                out.append(i)
                if i == 2: break
        finally:
            out.append('outer')
    return out
print(m())
