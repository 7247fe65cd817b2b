# Setting attributes of built-in values: CPython's messages for getset descriptors, read-only
# members and missing names; an exception's args is writable (kept as a tuple).
for stmt in ['(1).real = 2', '(1).foo = 2', '[].append = 1', '(1.5).imag = 0', '"a".x = 1',
             'True.numerator = 3', '(2**80).denominator = 1', 'len.__name__ = "x"', 'int.x = 1',
             'object().x = 1', 'range(3).start = 1', 'slice(1).start = 2', 'slice(1).foo = 2',
             '(lambda: 0).__name__ = 5', 'Exception().args = 5']:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', stmt)
e = Exception(1)
e.args = [2, 3]
print(e.args, e, repr(e))
e.args = 'ab'
print(e.args)
k = KeyError('x')
k.args = ('y',)
print(str(k))
try:
    raise ValueError("bad value", 7)
except ValueError as err:
    err.args = ("context: " + err.args[0],) + err.args[1:]
    print(err, err.args)
