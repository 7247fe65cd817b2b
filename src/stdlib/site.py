"""Site-specific configuration: where third-party packages live (site-packages, the user's own
site-packages) and the .pth files that extend sys.path.

gilpy starts as python3 -S does: it does not import site at start-up, and importing this module
does not change sys.path by itself; call main() (or addsitedir) for python3's start-up behaviour.
"""

import os
import sys

__all__ = ['ENABLE_USER_SITE', 'PREFIXES', 'USER_BASE', 'USER_SITE', 'addsitedir', 'getsitepackages',
           'getuserbase', 'getusersitepackages', 'main', 'makepath', 'removeduppaths', 'addpackage',
           'addsitepackages', 'addusersitepackages', 'check_enableusersite']

PREFIXES = [sys.prefix, sys.exec_prefix]
ENABLE_USER_SITE = None
USER_SITE = None
USER_BASE = None


def makepath(*paths):
    """The joined path made absolute, and its case-normalised form."""
    joined = os.path.join(*paths)
    try:
        joined = os.path.abspath(joined)
    except OSError:
        pass
    return joined, os.path.normcase(joined)


def _known_paths():
    known = set()
    for entry in sys.path:
        try:
            if os.path.exists(entry):
                known.add(makepath(entry)[1])
        except TypeError:
            continue
    return known


def removeduppaths():
    """Drops repeated sys.path entries (keeping the first of each), making them absolute."""
    kept = []
    seen = set()
    for entry in sys.path:
        full, key = makepath(entry)
        if key not in seen:
            kept.append(full)
            seen.add(key)
    sys.path[:] = kept
    return seen


def addpackage(sitedir, name, known_paths):
    """Reads the .pth file `name` in sitedir: each line is a folder to add to sys.path, a
    comment (#), or an `import` statement to run."""
    reset = known_paths is None
    if reset:
        known_paths = _known_paths()
    fullname = os.path.join(sitedir, name)
    try:
        st = os.lstat(fullname)
    except OSError:
        return None
    if getattr(st, 'st_flags', 0) & getattr(__import__('stat'), 'UF_HIDDEN', 0):
        return None
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, 1):
        if line.startswith('#') or not line.strip():
            continue
        try:
            if line.startswith(('import ', 'import\t')):
                exec(line)
                continue
            line = line.rstrip()
            folder, key = makepath(sitedir, line)
            if key not in known_paths and os.path.exists(folder):
                sys.path.append(folder)
                known_paths.add(key)
        except Exception:
            print(f'Error processing line {number} of {fullname}:\n', file=sys.stderr)
            import traceback
            for text in traceback.format_exception(*sys.exc_info()):
                for part in text.splitlines():
                    print('  ' + part, file=sys.stderr)
            print('\nRemainder of file ignored', file=sys.stderr)
            break
    if reset:
        known_paths = None
    return known_paths


def addsitedir(sitedir, known_paths=None):
    """Adds sitedir to sys.path (if it is not there) and reads the .pth files in it."""
    reset = known_paths is None
    if reset:
        known_paths = _known_paths()
    sitedir, key = makepath(sitedir)
    if key not in known_paths:
        sys.path.append(sitedir)
        known_paths.add(key)
    try:
        names = os.listdir(sitedir)
    except OSError:
        return known_paths
    for name in sorted(n for n in names if n.endswith('.pth') and not n.startswith('.')):
        addpackage(sitedir, name, known_paths)
    if reset:
        known_paths = None
    return known_paths


def check_enableusersite():
    """Whether the user's site-packages may be used: not under -s, nor when the process runs
    with an effective user or group other than its real one."""
    if sys.flags.no_user_site:
        return False
    if hasattr(os, 'getuid') and hasattr(os, 'geteuid') and os.geteuid() != os.getuid():
        return None
    if hasattr(os, 'getgid') and hasattr(os, 'getegid') and os.getegid() != os.getgid():
        return None
    return True


def _user_base():
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    return os.path.join(os.path.expanduser('~'), '.local')


def getuserbase():
    """The user's base folder (PYTHONUSERBASE, or ~/.local)."""
    global USER_BASE
    if USER_BASE is None:
        USER_BASE = _user_base()
    return USER_BASE


def _user_site(base):
    version = sys.version_info
    return f'{base}/lib/python{version[0]}.{version[1]}/site-packages'


def getusersitepackages():
    """The user's site-packages folder."""
    global USER_SITE
    base = getuserbase()
    if USER_SITE is None:
        USER_SITE = _user_site(base)
    return USER_SITE


def addusersitepackages(known_paths):
    """Adds the user's site-packages to sys.path, if it exists."""
    user_site = getusersitepackages()
    if ENABLE_USER_SITE and os.path.isdir(user_site):
        addsitedir(user_site, known_paths)
    return known_paths


def getsitepackages(prefixes=None):
    """The global site-packages folders of the prefixes (PREFIXES by default)."""
    found = []
    seen = set()
    version = sys.version_info
    for prefix in PREFIXES if prefixes is None else prefixes:
        if not prefix or prefix in seen:
            continue
        seen.add(prefix)
        libdirs = [sys.platlibdir]
        if sys.platlibdir != 'lib':
            libdirs.append('lib')
        for libdir in libdirs:
            found.append(os.path.join(prefix, libdir, f'python{version[0]}.{version[1]}', 'site-packages'))
    return found


def addsitepackages(known_paths, prefixes=None):
    """Adds the global site-packages folders that exist to sys.path."""
    for sitedir in getsitepackages(prefixes):
        if os.path.isdir(sitedir):
            addsitedir(sitedir, known_paths)
    return known_paths


def execsitecustomize():
    """Imports sitecustomize, if there is one."""
    try:
        import sitecustomize  # noqa: F401
    except ImportError as exc:
        if exc.name != 'sitecustomize':
            raise


def execusercustomize():
    """Imports usercustomize, if there is one."""
    try:
        import usercustomize  # noqa: F401
    except ImportError as exc:
        if exc.name != 'usercustomize':
            raise


def main():
    """What python3 does at start-up: the site folders onto sys.path, then the customize hooks."""
    global ENABLE_USER_SITE
    known_paths = removeduppaths()
    if ENABLE_USER_SITE is None:
        ENABLE_USER_SITE = check_enableusersite()
    known_paths = addusersitepackages(known_paths)
    known_paths = addsitepackages(known_paths)
    execsitecustomize()
    if ENABLE_USER_SITE:
        execusercustomize()


ENABLE_USER_SITE = check_enableusersite()
USER_BASE = getuserbase()
USER_SITE = getusersitepackages()
