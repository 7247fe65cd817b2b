# configparser: reading INI text, sections/options, typed getters, fallbacks, items, write layout.
import configparser
import io

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
    second line

    after blank
empty =
ratio: 0.75
; semicolon comment
"""

cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.sections())
print(cfg.defaults())
print(cfg.options('topsecret.server.com'))
print(cfg.has_section('bitbucket.org'), cfg.has_section('nope'), cfg.has_section('DEFAULT'))
print(cfg.has_option('bitbucket.org', 'user'), cfg.has_option('bitbucket.org', 'USER'),
      cfg.has_option('bitbucket.org', 'compression'), cfg.has_option('nope', 'x'),
      cfg.has_option('', 'compression'))
print(repr(cfg.get('topsecret.server.com', 'multi')))
print(repr(cfg.get('topsecret.server.com', 'empty')))
print(cfg.getint('topsecret.server.com', 'port'), cfg.getfloat('topsecret.server.com', 'ratio'))
print(cfg.getboolean('topsecret.server.com', 'forwardx11'), cfg.getboolean('bitbucket.org', 'forwardx11'))
print(cfg.getint('bitbucket.org', 'missing', fallback=7), cfg.get('nosect', 'x', fallback='fb'))
print(cfg.get('bitbucket.org', 'user', vars={'user': 'override'}))
print(cfg.items('bitbucket.org'))
print(cfg.items('DEFAULT'))
for name, proxy in cfg.items():
    print(name, proxy, len(proxy))
print(cfg['bitbucket.org']['user'], cfg['DEFAULT']['compression'])
print('user' in cfg['bitbucket.org'], 'zzz' in cfg['bitbucket.org'], 'DEFAULT' in cfg, 'x' in cfg)
print(list(cfg), len(cfg))
print(list(cfg['topsecret.server.com']))
print(cfg['topsecret.server.com'].getint('port'), cfg['topsecret.server.com'].getboolean('compression'))
print(cfg['bitbucket.org'].get('nothing'), cfg['bitbucket.org'].get('nothing', 'dflt'))
print(cfg['bitbucket.org'].name, cfg['bitbucket.org'].parser is cfg)
for word in ['1', 'yes', 'TRUE', 'On', '0', 'no', 'False', 'off']:
    cfg.set('bitbucket.org', 'flag', word)
    print(word, cfg.getboolean('bitbucket.org', 'flag'))

out = io.StringIO()
cfg.write(out)
print(out.getvalue(), end='|\n')
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(out.getvalue(), end='|\n')

# building by hand
c2 = configparser.ConfigParser()
c2.add_section('one')
c2.set('one', 'a', '1')
c2['two'] = {'b': 2, 'c': 'x\ny'}
c2['DEFAULT']['d'] = 'dv'
c2['one']['KeyCase'] = 'v'
print(c2.sections(), dict(c2['one']), dict(c2['two']))
print(c2.remove_option('one', 'a'), c2.remove_option('one', 'a'))
print(c2.remove_section('two'), c2.remove_section('two'))
del c2['one']['keycase']
print(dict(c2['one']))
s = io.StringIO()
c2.write(s)
print(s.getvalue())
del c2['one']
print(c2.sections(), c2.popitem() if c2.sections() else 'none')

# read_dict, read_file and read of missing files
c3 = configparser.RawConfigParser()
c3.read_dict({'s': {'n': 1, 'f': 2.5, 'none': None}, 7: {'k': 'v'}})
print(c3.sections(), c3.items('s'), c3.get('7', 'k'))
c3.read_file(io.StringIO("[r]\nx = %(y)s\n"), source='mem')
print(c3.get('r', 'x'))
print(c3.read(['/nonexistent/a.ini', '/nonexistent/b.ini']))
c3.optionxform = str
c3.read_string("[Case]\nMixed = 1\n")
print(c3.options('Case'))
