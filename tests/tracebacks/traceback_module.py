# traceback.print_exc / print_exception / print_stack write what the interpreter prints for an
# uncaught exception (with 3.11's position lines), and the program goes on.
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "x"])
except ValueError:
    traceback.print_exc()

try:
    try:
        load(["y"])
    except ValueError as e:
        raise RuntimeError("could not load") from e
except RuntimeError as e:
    traceback.print_exception(e)
    traceback.print_exception(e, chain=False, limit=1)


def where():
    traceback.print_stack()


where()
traceback.print_exc()
