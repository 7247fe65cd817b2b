import string
f = string.Formatter()
for bad in ['{', '}', '{0!}', '{0!x}', '{0!', '{0!r', '{0!rx}', 'ab{0', '{0[}', '{0:{}', '{0:{1}}', 'a}b', '{0]}', '{0[1]x}', '{0.}', '{a..b}', '{:}{}']:
    try: print(repr(bad), list(f.parse(bad)))
    except ValueError as e: print('VE', repr(bad), e)
    try: print(f.format(bad, [1], 2, a=1))
    except Exception as e: print(type(e).__name__, repr(bad), e)
print(list(f.parse('a{{b}}c{x}')), list(f.parse('')), list(f.parse('{}}}')))
