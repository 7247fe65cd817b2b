# configparser: BasicInterpolation and ExtendedInterpolation, their errors, raw access.
import configparser


def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)
    else:
        print('ok', repr(r))


b = configparser.ConfigParser()
b.read_string("""
[DEFAULT]
home = /home/%(user)s
[paths]
user = ann
docs = %(home)s/docs
pct = 100%%
deep = %(docs)s/x/%(docs)s
loop1 = %(loop2)s
loop2 = %(loop1)s
missing = %(nope)s here
badref = %(oops
badpct = 50% off
Mixed = %(USER)s
""")
for opt in ['home', 'docs', 'pct', 'deep', 'mixed']:
    show(lambda: b.get('paths', opt))
for opt in ['loop1', 'missing', 'badref', 'badpct']:
    show(lambda: b.get('paths', opt))
print(b.get('paths', 'docs', raw=True), b.get('paths', 'loop1', raw=True))
print(b.get('paths', 'docs', vars={'user': 'bob'}))
print(b.items('paths', raw=True)[:3])
show(lambda: b.items('paths'))
print(b['paths'].get('pct'), b['paths'].get('docs', raw=True))

e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("""
[common]
root = /srv
name = app
[paths]
base = ${common:root}/${common:name}
logs = ${base}/logs
cost = $$5
chain = ${logs}/today
missing = ${nope}
missing2 = ${nosect:x}
toomany = ${a:b:c}
baddollar = 5$ off
badref = ${open
loop = ${loop}
other = ${common:loopy}
[common2]
""")
e.set('common', 'loopy', '${paths:other}')
for opt in ['base', 'logs', 'cost', 'chain']:
    show(lambda: e.get('paths', opt))
for opt in ['missing', 'missing2', 'toomany', 'baddollar', 'badref', 'loop', 'other']:
    show(lambda: e.get('paths', opt))
show(lambda: e.set('paths', 'x', '$bad'))
show(lambda: e.set('paths', 'x', '${ok} and $$'))

raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(x)s and 100%\n")
print(raw.get('s', 'v'))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nv = %(x)s\n")
print(none.get('s', 'v'))


class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()


u = configparser.ConfigParser(interpolation=Upper())
u.read_string("[s]\nv = quiet\n")
print(u.get('s', 'v'), u['s']['v'], u.get('s', 'v', raw=True))
