# Frames a traceback keeps: tb_frame.f_locals is a snapshot of the function's variables when
# the exception passed (cells and free variables included), f_back chains, frame.clear().
import sys


def inner(n):
    secret = n * 2
    scratch = [n]
    raise ValueError(f'inner {n}')


def middle(n):
    label = 'middle'
    captured = n + 1

    def uses():
        return captured
    inner(n)


def outer():
    try:
        middle(5)
    except ValueError as e:
        return e


err = outer()
tb = err.__traceback__
frames = []
while tb is not None:
    frames.append(tb.tb_frame)
    tb = tb.tb_next
for f in frames:
    print(f.f_code.co_name, sorted((k, v) for k, v in f.f_locals.items() if k != 'uses' and k != 'e'))
print([f.f_back.f_code.co_name if f.f_back else None for f in frames[1:]])
print(frames[-1].f_locals is frames[-1].f_locals, type(frames[-1].f_locals).__name__)
print(frames[1].f_back is frames[0], frames[2].f_back is frames[1])

frames[-1].clear()
print(frames[-1].f_locals)

try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError:', e)


def gen():
    value = 1
    yield sys._getframe()


g = gen()
gf = next(g)
print(gf.f_code.co_name, gf.f_locals)


def caller_of_getframe():
    return sys._getframe(0)


frame = caller_of_getframe()
print(frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_back.f_back)
try:
    sys._getframe(999)
except ValueError as e:
    print('ValueError:', e)


# A module-level frame's f_locals is the module namespace.
try:
    raise KeyError('top')
except KeyError as e:
    top = e.__traceback__.tb_frame
print(top.f_locals is globals(), top.f_code.co_name)


# Values are those at the time of the exception, even if the frame's names change later.
def changes():
    x = 'before'
    try:
        raise TypeError
    except TypeError as e:
        snap = e.__traceback__.tb_frame.f_locals
    x = 'after'
    return snap['x']


print(changes())
