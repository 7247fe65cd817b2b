import string
class T(string.Template):
    delimiter = '%'
print(T('%who likes %what').substitute(who='tim', what='kung pao'))
class U(string.Template):
    idpattern = r'[a-z]+'
print(U('$abc $ABC').safe_substitute(abc=1))
class V(string.Template):
    braceidpattern = r'[a-z]+\.[a-z]+'
print(V('${a.b} $x').substitute({'a.b': 5, 'x': 6}))
t = string.Template('$who likes ${what} $$ 100')
print(t.substitute(who='a', what='b'), t.get_identifiers(), t.is_valid())
for bad in ['$', 'x\n  $1', '${a']:
    try: string.Template(bad).substitute(a=1)
    except ValueError as e: print(e)
    print(string.Template(bad).safe_substitute(), string.Template(bad).is_valid())
try: string.Template('$zz').substitute()
except KeyError as e: print(repr(e))
print(string.Template('$a $b').substitute({'a': 1}, b=2))
print(string.Template.pattern.pattern[:10], T.pattern.flags == string.Template.pattern.flags)
class P(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )'''
print(P('#x ## #{y}').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0} {name!r:>6} {1[0]} {x.real} {{}} {:}'.replace('{:}', ''), 1, [2], name='n', x=3))
print(list(f.parse('a{0!r:>{w}}b{{c}}d')))
print(f.format('{:{}}', 'ab', 5) + '|')
class F(string.Formatter):
    def get_value(self, key, args, kw):
        return kw.get(key, '?') if isinstance(key, str) else super().get_value(key, args, kw)
print(F().format('{a} {b} {0}', 9, a=1))
for bad in ['{', '}', '{0!}', '{0!x}']:
    try: f.format(bad, 1)
    except ValueError as e: print('VE', e)
