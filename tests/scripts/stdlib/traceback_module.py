# The traceback module: the text of caught exceptions and of the stack, as CPython prints it.
import sys
import traceback

_print = print


def print(*args, **kwargs):
    # Tracebacks name this script by its absolute path: show it as <script>.
    _print(*[str(a).replace(__file__, "<script>") for a in args], **kwargs)



def inner(d):
    return d["missing"]


def outer():
    return inner({})


try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc()
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    print(traceback.format_exc(limit=0), end="")

print(repr(traceback.format_exc()))
traceback.print_exc()

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("while dividing") from e
except ValueError as e:
    pieces = traceback.format_exception(e)
    print(len(pieces), pieces[0] == "Traceback (most recent call last):\n")
    print("".join(pieces), end="")
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(e)

try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    for piece in traceback.format_exception(e):
        print(repr(piece))

print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.print_exception(42)
except TypeError as e:
    print("TypeError:", e)


class Custom(Exception):
    def __str__(self):
        return "custom text"


try:
    raise Custom()
except Custom as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1], end="")

try:
    exec("1 +")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


def show_stack():
    return traceback.format_stack()


def via():
    return show_stack()


for piece in via():
    print(repr(piece))
print(len(traceback.format_stack(limit=1)))
traceback.print_stack()


def deep():
    traceback.print_stack(limit=2)


deep()
print("done")
