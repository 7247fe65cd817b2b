# configparser: parser options (allow_no_value, delimiters, comment prefixes, strict, empty lines,
# default_section, dict_type), converters and optionxform.
import configparser
import io


def dump(p):
    s = io.StringIO()
    p.write(s)
    print(s.getvalue(), end='|\n')


nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-bdb\nuser = mysql\nquick\n")
print(nv.items('mysqld'), nv.get('mysqld', 'skip-bdb'))
nv.set('mysqld', 'flag')
dump(nv)

d = configparser.ConfigParser(delimiters=('->', '=>'))
d.read_string("[s]\na -> 1\nb=>2\nc = 3 -> 4\n")
print(d.items('s'))
dump(d)

c = configparser.ConfigParser(comment_prefixes=('//',), inline_comment_prefixes=('#', ';'))
c.read_string("[s]\n// full\na = 1 # trailing\nb = x#y ; after\n# not a comment here = 3\nc = ;all\n")
print(c.items('s'))

c2 = configparser.ConfigParser()
c2.read_string("[s]\na = 1 # kept\nb = 2 ; kept too\n")
print(c2.items('s'))

el = configparser.ConfigParser(empty_lines_in_values=False)
el.read_string("[s]\na = one\n  two\n\n  three = 3\n")
print(el.items('s'))

ds = configparser.ConfigParser(default_section='general')
ds.read_string("[general]\nx = 1\n[DEFAULT]\ny = 2\n")
print(ds.sections(), ds.defaults(), ds.items('DEFAULT'))
dump(ds)

dflt = configparser.ConfigParser(defaults={'a': '%(b)s', 'b': 'bee'})
dflt.add_section('s')
print(dflt.get('s', 'a'), dflt.defaults())

conv = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
conv.read_string("[s]\nitems = a, b ,c\nn = 3\n")
print(conv.getlist('s', 'items'), conv['s'].getlist('items'), conv['s'].getlist('zz', ['d']))
print(sorted(conv.converters), conv.converters['list'] is not None, conv.converters['int'])
conv.converters['twice'] = lambda v: int(v) * 2
print(conv.gettwice('s', 'n'), conv['s'].gettwice('n'))
del conv.converters['twice']
print(hasattr(conv, 'gettwice'), hasattr(conv['s'], 'gettwice'), len(conv.converters))
try:
    conv.converters[''] = int
except ValueError as e:
    print(e)


class Keep(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr


k = Keep()
k.read_string("[S]\nCamelCase = 1\ncamelcase = 2\n")
print(k.items('S'), k.has_option('S', 'camelCase'))

indent = configparser.ConfigParser()
indent.read_string("[s]\n  a = 1\n  b = 2\n    cont\nc = 3\n")
print(indent.items('s'))

hdr = configparser.ConfigParser()
hdr.read_string("[ spaced name ]\nx=1\n[a]b]\ny=2\n")
print(hdr.sections())

ld = configparser.ConfigParser(dict_type=dict, strict=False)
ld.read_string("[s]\nx=1\n[s]\nx=2\n")
print(ld.get('s', 'x'))
dump(ld)
