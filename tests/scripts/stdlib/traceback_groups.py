# traceback.format_exception / print_exception / TracebackException with exception groups: the
# boxes, nesting, max_group_width/max_group_depth, notes and chains inside groups.
import helper_paths  # noqa: F401  (paths in the output relative to this folder)
import sys
import traceback


def fail(i):
    raise ValueError(f"bad {i}")


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    return errors


try:
    raise ExceptionGroup("outer", collect() + [ExceptionGroup("inner", [KeyError("k"), TypeError("t")])])
except ExceptionGroup as eg:
    caught = eg

print("".join(traceback.format_exception(caught)), end="")
print("----")
traceback.print_exception(caught, file=sys.stdout)
print("----")
te = traceback.TracebackException.from_exception(caught, max_group_width=1, max_group_depth=1)
print("".join(te.format()), end="")
print("----")
print(traceback.format_exception_only(caught))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        raise RuntimeError("while handling")
except BaseException as e:
    e.add_note("added")
    print("".join(traceback.format_exception(e)), end="")
print("----")
try:
    raise ExceptionGroup("chained", [ValueError(1)]) from KeyError("cause")
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("".join(traceback.format_exception(e)), end="")
