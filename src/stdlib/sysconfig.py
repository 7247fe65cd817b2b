"""Where things are installed and how this Python was configured, as programs ask sysconfig.

The install layouts ("schemes") are python3's, laid over gilpy's prefix (the folder of the gilpy
executable, whose lib/python3.11 stands for the embedded standard library). The configuration
variables are the ones that describe an installation's places and version; build-time variables
of CPython's Makefile (compilers, flags, extension suffixes) are not kept: gilpy builds and loads
no C extensions, and get_config_var() answers None for them.
"""

import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h', 'get_default_scheme', 'get_preferred_scheme',
           'is_python_build']


# Each scheme's layout: the folders of its paths (stdlib, platstdlib, purelib, platlib, include,
# platinclude, scripts, data), written with short names for the recurring parts below.
_PARTS = {
    'LIB': '{platlibdir}/python{py_version_short}', 'INC': 'include/python{py_version_short}{abiflags}',
    'SP': 'site-packages', 'UV': 'Python{py_version_nodot_plat}',
}
_LAYOUTS = {
    'posix_prefix': ('{installed_base}/LIB', '{platbase}/LIB', '{base}/lib/python{py_version_short}/SP',
                     '{platbase}/LIB/SP', '{installed_base}/INC', '{installed_platbase}/INC', '{base}/bin', '{base}'),
    'posix_home': ('{installed_base}/lib/python', '{base}/lib/python', '{base}/lib/python', '{base}/lib/python',
                   '{installed_base}/include/python', '{installed_base}/include/python', '{base}/bin', '{base}'),
    'nt': ('{installed_base}/Lib', '{base}/Lib', '{base}/Lib/SP', '{base}/Lib/SP', '{installed_base}/Include',
           '{installed_base}/Include', '{base}/Scripts', '{base}'),
    'nt_user': ('{userbase}/UV', '{userbase}/UV', '{userbase}/UV/SP', '{userbase}/UV/SP', '{userbase}/UV/Include',
                None, '{userbase}/UV/Scripts', '{userbase}'),
    'posix_user': ('{userbase}/LIB', '{userbase}/LIB', '{userbase}/lib/python{py_version_short}/SP',
                   '{userbase}/lib/python{py_version_short}/SP', '{userbase}/include/python{py_version_short}',
                   None, '{userbase}/bin', '{userbase}'),
    'osx_framework_user': ('{userbase}/lib/python', '{userbase}/lib/python', '{userbase}/lib/python/SP',
                           '{userbase}/lib/python/SP', '{userbase}/include/python{py_version_short}', None,
                           '{userbase}/bin', '{userbase}'),
}
_LAYOUTS['posix_venv'] = _LAYOUTS['posix_prefix']
_LAYOUTS['nt_venv'] = _LAYOUTS['nt']
_SLOTS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude', 'scripts', 'data')


def _spell_out(template):
    for short, long in _PARTS.items():
        template = template.replace(short, long)
    return template


_SCHEMES = {}
for _name, _folders in _LAYOUTS.items():
    _SCHEMES[_name] = {slot: _spell_out(folder) for slot, folder in zip(_SLOTS, _folders) if folder is not None}
del _name, _folders
_SCHEMES['venv'] = _SCHEMES['nt_venv' if os.name == 'nt' else 'posix_venv']

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_config_vars = None


def _user_base():
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    return os.path.join(os.path.expanduser('~'), '.local')


def get_config_vars(*args):
    """The configuration variables as a dict; with names, the list of their values."""
    global _config_vars
    if _config_vars is None:
        version = sys.version_info
        short = f'{version[0]}.{version[1]}'
        prefix = os.path.normpath(sys.prefix)
        exec_prefix = os.path.normpath(sys.exec_prefix)
        values = {
            'prefix': prefix,
            'exec_prefix': exec_prefix,
            'base': prefix,
            'platbase': exec_prefix,
            'installed_base': os.path.normpath(sys.base_prefix),
            'installed_platbase': os.path.normpath(sys.base_exec_prefix),
            'projectbase': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd(),
            'py_version': f'{version[0]}.{version[1]}.{version[2]}',
            'py_version_short': short,
            'py_version_nodot': f'{version[0]}{version[1]}',
            'py_version_nodot_plat': '',
            'abiflags': sys.abiflags,
            'platlibdir': sys.platlibdir,
            'userbase': _user_base(),
            'VERSION': short,
            'LIBDIR': os.path.join(exec_prefix, sys.platlibdir),
            'BINDIR': os.path.join(exec_prefix, 'bin'),
            'LIBDEST': os.path.join(prefix, sys.platlibdir, 'python' + short),
            'BINLIBDEST': os.path.join(exec_prefix, sys.platlibdir, 'python' + short),
            'INCLUDEPY': os.path.join(prefix, 'include', 'python' + short + sys.abiflags),
            'MULTIARCH': 'x86_64-linux-gnu',
            'SIZEOF_VOID_P': 8,
            'Py_DEBUG': 0,
            'Py_ENABLE_SHARED': 0,
            'WITH_DOC_STRINGS': 1,
            'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
            'MACHDEP': sys.platform,
            'EXE': '',
        }
        values['srcdir'] = values['projectbase']
        _config_vars = values
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One configuration variable, or None."""
    return get_config_vars().get(name)


def get_scheme_names():
    """The names of the install schemes, sorted."""
    return tuple(sorted(_SCHEMES))


def get_path_names():
    """The names of the paths of a scheme."""
    return _PATH_NAMES


def get_default_scheme():
    return 'nt' if os.name == 'nt' else 'posix_prefix'


def get_preferred_scheme(key):
    """The scheme for 'prefix', 'home' or 'user' installations."""
    if key == 'prefix':
        return 'venv' if sys.prefix != sys.base_prefix else get_default_scheme()
    if key == 'home':
        return 'posix_home' if os.name == 'posix' else 'nt'
    if key == 'user':
        return 'posix_user' if os.name == 'posix' else 'nt_user'
    raise KeyError(key)


def _expand(template, values):
    def lookup(match_name):
        if match_name in values:
            return str(values[match_name])
        if match_name in os.environ:
            return os.environ[match_name]
        raise AttributeError(f'{{{match_name}}}')

    out = []
    rest = template
    while True:
        start = rest.find('{')
        if start < 0:
            out.append(rest)
            break
        end = rest.find('}', start)
        if end < 0:
            out.append(rest)
            break
        out.append(rest[:start])
        out.append(lookup(rest[start + 1:end]))
        rest = rest[end + 1:]
    return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The install paths of scheme (the default scheme if None), as a dict by path name."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    result = {}
    for name, template in templates.items():
        path = _expand(template, values)
        if os.name == 'posix':
            path = os.path.normpath(os.path.expanduser(path))
        result[name] = path
    return result


def get_path(name, scheme=None, vars=None, expand=True):
    """One install path of scheme by name ('purelib', 'scripts', ...)."""
    return get_paths(scheme, vars, expand)[name]


def get_python_version():
    """'MAJOR.MINOR'."""
    return get_config_var('py_version_short')


def get_platform():
    """The platform as wheel tags name it, e.g. 'linux-x86_64'."""
    if os.name == 'nt':
        return 'win-amd64' if sys.maxsize > 2 ** 32 else 'win32'
    uname = os.uname()
    system = uname.sysname.lower().replace('/', '')
    machine = uname.machine.replace(' ', '_').replace('/', '-')
    if system == 'linux':
        return f'{system}-{machine}'
    return f'{system}-{uname.release}-{machine}'


def is_python_build(check_home=False):
    """Whether this interpreter runs from its source tree (never: gilpy's library is embedded)."""
    return False


def get_makefile_filename():
    """Where CPython keeps its Makefile (gilpy has none; the place is reported as CPython's)."""
    short = get_python_version()
    return os.path.join(get_path('stdlib'), f'config-{short}{sys.abiflags}-x86_64-linux-gnu', 'Makefile')


def get_config_h_filename():
    """Where pyconfig.h would be."""
    return os.path.join(get_path('platinclude'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """The #define and #undef lines of a pyconfig.h-style file, as a dict."""
    if vars is None:
        vars = {}
    for line in fp:
        parts = line.split()
        if len(parts) >= 2 and parts[0] == '#define':
            name = parts[1]
            value = parts[2] if len(parts) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
        elif len(parts) >= 3 and parts[0] == '/*' and parts[1] == '#undef':
            vars[parts[2]] = 0
    return vars


def expand_makefile_vars(s, vars):
    """Replaces $(NAME) and ${NAME} in s by vars' values (unknown names by nothing)."""
    out = s
    for opener, closer in (('$(', ')'), ('${', '}')):
        while True:
            start = out.find(opener)
            if start < 0:
                break
            end = out.find(closer, start + 2)
            if end < 0:
                break
            out = out[:start] + str(vars.get(out[start + 2:end], '')) + out[end + 1:]
    return out
