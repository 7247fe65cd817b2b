e = ValueError(1, 2)
e.args = [3, 4]; print(e.args)
e.args = 'ab'; print(e.args)
try: e.args = 5
except TypeError as x: print(x)
e.__cause__ = KeyError('k'); print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False; print(e.__suppress_context__)
try: e.__suppress_context__ = 0
except TypeError as x: print(x)
e.__context__ = None; print(e.__context__)
for n in ('__cause__', '__context__'):
    try: setattr(e, n, 5)
    except TypeError as x: print(x)
try: e.__traceback__ = 5
except TypeError as x: print(x)
e.__traceback__ = None
e.message = 'm'; print(e.message, e.__dict__)
g = ExceptionGroup('msg', [ValueError()])
for n in ('message', 'exceptions'):
    try: setattr(g, n, 1)
    except AttributeError as x: print(x)
class E(Exception): pass
x = E(); x.args = (1,); x.foo = 2; print(x.args, x.foo)
x.__suppress_context__ = True; print(x.__suppress_context__)
