# No hint: too far from every candidate, a subclass of NameError, or the traceback module
# (3.11 prints hints only in the default excepthook).
import traceback
try:
    zzzzqqq
except NameError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")
    print(repr(e.name))
class MyError(AttributeError):
    pass
try:
    raise MyError("custom", name="appendd", obj=[])
except MyError as e:
    print(e.name, e.obj, e.args)
try:
    [].appendd
except AttributeError as e:
    print(traceback.format_exc().splitlines()[-1])
    print(e.name, e.obj)
qwertyuiop_asdf
