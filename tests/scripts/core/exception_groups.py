# BaseExceptionGroup / ExceptionGroup: construction rules and errors, message, exceptions, args,
# str/repr, split, subgroup, derive (also overridden), metadata copied to the parts, add_note.
def t(f):
    try: r = f(); print(type(r).__name__, repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [], 3))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup("m", {ValueError()}))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [ValueError(), 1]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", [ValueError()]))
t(lambda: BaseExceptionGroup("m", (ValueError(),)))
t(lambda: ExceptionGroup("m", [ValueError()], x=1))
t(lambda: ExceptionGroup(msg="m", excs=[ValueError()]))
class MyEG(ExceptionGroup): pass
t(lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup): pass
t(lambda: MyBEG("m", [ValueError()]))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
print(str(eg), repr(eg), eg.args, eg.message, eg.exceptions)
print(eg.split(ValueError)); print(eg.split(KeyError)); print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.split(Exception)[0] is eg, eg.split(OSError))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
print(eg.derive([ValueError(9)]))
t(lambda: eg.split(1))
t(lambda: eg.split("x"))
print(ExceptionGroup[int])
print(eg.__dict__)
t(lambda: setattr(eg, 'message', 'x'))
print(str(ExceptionGroup("a", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
def pred(e):
    return isinstance(e, (KeyError, TypeError))
m, r = eg.split(pred)
print(repr(m), repr(r))
print(eg.subgroup(lambda e: e is eg), eg.subgroup(ValueError), eg.subgroup((KeyError, TypeError)))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive", len(excs))
        return MyEG(self.message.upper(), excs)
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise MyEG("mine", [OSError(1), KeyError(2)]) from TypeError("cause")
except MyEG as caught:
    caught.add_note("a note")
    a, b = caught.split(OSError)
    print(type(a).__name__, repr(a), repr(b), a.__cause__, a.__context__, a.__notes__, a.__notes__ is caught.__notes__)
    print(a.__traceback__ is not None, a.__suppress_context__, len(a.exceptions))
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 42
t(lambda: Bad("b", [ValueError(), TypeError()]).split(ValueError))
e = ValueError("v")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
t(lambda: e.add_note(3))
e.__notes__ = "x"
t(lambda: e.add_note("y"))
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
g2 = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(repr(g2.subgroup(Exception)), repr(g2.split(BaseException)[0] is g2))
print(ExceptionGroup("x", [ValueError()]).exceptions[0].__class__.__name__)
