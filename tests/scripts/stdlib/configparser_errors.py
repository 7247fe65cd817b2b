# configparser: every exception with CPython's message, args and attributes.
import configparser


def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', repr(e), '|', e.args)
    else:
        print('ok', repr(r))


p = configparser.ConfigParser()
show(lambda: p.read_string("[a]\nx=1\n[b]\n[a]\n"))
show(lambda: configparser.ConfigParser().read_string("[b]\nx=1\ny=2\nX=3\n", source='f.ini'))
show(lambda: configparser.ConfigParser().read_string("\n\nx=1\n"))
q = configparser.ConfigParser()
show(lambda: q.read_string("[a]\n=1\n!!\nk=v\n  more\n"))
print(q.sections(), q.items('a'))
show(lambda: p.get('zz', 'x'))
show(lambda: p.get('a', 'zz'))
show(lambda: p.getint('a', 'zz'))
show(lambda: p.options('zz'))
show(lambda: p.items('zz'))
show(lambda: p.set('zz', 'k', 'v'))
show(lambda: p.remove_option('zz', 'k'))
show(lambda: p.add_section('a'))
show(lambda: p.add_section('DEFAULT'))
show(lambda: p.add_section(5))
show(lambda: p.set('a', 'k', 5))
show(lambda: p.set('a', 5, 'v'))
show(lambda: p['zz'])
show(lambda: p['a']['nothing'])
show(lambda: p.__delitem__('DEFAULT'))
show(lambda: p.__delitem__('zz'))
show(lambda: p['a'].__delitem__('nothing'))
p.set('a', 'word', 'maybe')
show(lambda: p.getboolean('a', 'word'))
show(lambda: p.getint('a', 'word'))
show(lambda: p.getfloat('a', 'word'))
show(lambda: p.set('a', 'bad', '100%'))
show(lambda: p.set('a', 'bad', '%(x)s and %d'))
show(lambda: configparser.ConfigParser(interpolation=3))
show(lambda: configparser.ConfigParser().read_dict({'s': {'k': 1, 'K': 2}}))
show(lambda: configparser.ConfigParser(strict=False).read_string("[s]\nk=1\nk=2\n[s]\nj=3\n"))
r = configparser.RawConfigParser()
r.add_section('s')
r.set('s', 'num', 5)
print(r.get('s', 'num'))
e = configparser.ParsingError('src')
e.append(3, 'line')
print(e, e.errors, e.source)
show(lambda: configparser.ParsingError())
e = configparser.NoOptionError('o', 's')
print(e.option, e.section)
e = configparser.DuplicateSectionError('s')
print(e, e.source, e.lineno)
e = configparser.DuplicateOptionError('s', 'o', 'src')
print(e)
e = configparser.InterpolationError('o', 's', 'msg')
print(e, e.args)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.Error, Exception))
try:
    configparser.ConfigParser().read_string("[s]\na=1\n[t]\nb\n")
except configparser.ParsingError as err:
    print(err.errors)
