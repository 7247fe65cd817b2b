"""platform: facts about the machine, the operating system and the interpreter.

Owns uname() and its parts (from os.uname), platform() strings laid out as CPython's,
architecture() (read from the executable's ELF header), libc_ver() (from the C library
gilpy runs on), freedesktop_os_release() and the python_* queries.

python_implementation() answers 'CPython': gilpy implements CPython 3.11's language and
library, and programs that branch on this name (usually to work around PyPy, Jython or
IronPython) should take the CPython path. sys.implementation.name still says 'gilpy' for
code that needs to know. python_build() and python_compiler() describe gilpy's build.
"""

import collections
import os
import re
import sys

__version__ = '1.0.8'


# ---------------------------------------------------------------- uname

class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """The five names os.uname() gives, and `processor`, computed when first asked for."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return tuple.__new__(cls, values)


_uname_cache = None
_processor_cache = None


def _processor():
    """What `uname -p` says, '' when it says 'unknown' or cannot run."""
    global _processor_cache
    if _processor_cache is None:
        answer = ''
        try:
            import subprocess
            answer = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL,
                                             text=True, encoding='utf8').strip()
        except Exception:
            answer = ''
        _processor_cache = '' if answer == 'unknown' else answer
    return _processor_cache


def uname():
    """(system, node, release, version, machine) of this machine, with `processor`."""
    global _uname_cache
    if _uname_cache is None:
        try:
            names = list(os.uname())
        except AttributeError:
            names = [''] * 5
        if not names[0]:
            names[0] = 'Linux' if sys.platform.startswith('linux') else sys.platform
        names = ['' if part == 'unknown' else part for part in names]
        _uname_cache = uname_result(*names)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    """Marketing names for some systems; Linux keeps its own."""
    return system, release, version


# ------------------------------------------------------------ binaries

def _elf_header(path):
    try:
        with open(path, 'rb') as f:
            return f.read(5)
    except OSError:
        return b''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of an executable, such as ('64bit', 'ELF')."""
    if not bits:
        bits = f'{sys.maxsize.bit_length() + 1}bit'
    # A path only: CPython resolves it first, so an int (a descriptor) is a TypeError.
    head = _elf_header(os.path.abspath(executable)) if executable else b''
    if head[:4] != b'\x7fELF':
        return bits, linkage
    elf_class = head[4:5]
    if elf_class == b'\x01':
        bits = '32bit'
    elif elf_class == b'\x02':
        bits = '64bit'
    return bits, 'ELF'


def _version_key(text):
    return [int(part) if part.isdigit() else 0 for part in text.split('.')]


_GLIBC_TAG = re.compile(rb'GLIBC_(\d+(?:\.\d+)*)|libc\.so\.(\d[\d.]*)')


def _scan_libc(executable, lib, version, chunksize):
    """The newest GLIBC_x.y symbol version an executable asks for (or the libc.so it names)."""
    best = None
    other = None
    with open(executable, 'rb') as f:
        tail = b''
        while True:
            block = f.read(chunksize)
            if not block:
                break
            text = tail + block
            for found in _GLIBC_TAG.finditer(text):
                tag, soname = found.group(1), found.group(2)
                if tag:
                    tag = tag.decode('latin-1')
                    if best is None or _version_key(tag) > _version_key(best):
                        best = tag
                elif other is None:
                    other = soname.decode('latin-1')
            tail = text[-64:]
    if best is not None:
        return 'glibc', best
    if other is not None:
        return 'libc', other
    return lib, version


def _running_glibc():
    """The version of the C library this process runs on, from its own release banner."""
    try:
        with open('/proc/self/maps') as f:
            maps = f.read()
    except OSError:
        return None
    for line in maps.splitlines():
        path = line.split(None, 5)[-1] if len(line.split(None, 5)) == 6 else ''
        name = os.path.basename(path)
        if name.startswith('libc.so') or re.match(r'libc-[\d.]+\.so', name):
            try:
                with open(path, 'rb') as lib:
                    found = re.search(rb'release version (\d+\.\d+(?:\.\d+)?)', lib.read())
            except OSError:
                return None
            return found.group(1).decode('ascii') if found else None
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', version) of the C library: the running one, or what `executable` links to."""
    if not executable:
        running = _running_glibc()
        if running:
            return 'glibc', running
        executable = sys.executable
        if not executable:
            return lib, version
    return _scan_libc(executable, lib, version, chunksize)


# ------------------------------------------------------------- platform()

def _platform(*parts):
    """Joins the parts with '-' into a string safe as a file name."""
    text = '-'.join(part.strip() for part in parts if part is not None)
    for bad in ' ':
        text = text.replace(bad, '_')
    for bad in '/\\:;"()':
        text = text.replace(bad, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


_platform_cache = {}


def platform(aliased=False, terse=False):
    """One line naming the platform, such as 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    info = uname()
    system_name, rel, ver = info.system, info.release, info.version
    if aliased:
        system_name, rel, ver = system_alias(system_name, rel, ver)
    if system_name == 'Linux':
        name, libc_version = libc_ver()
        text = _platform(system_name, rel, info.machine, info.processor, 'with', name + libc_version)
    elif terse:
        text = _platform(system_name, rel)
    else:
        bits, linkage = architecture(sys.executable)
        text = _platform(system_name, rel, info.machine, info.processor, bits, linkage)
    _platform_cache[key] = text
    return text


# ---------------------------------------------------------- other systems

def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


# ---------------------------------------------------------- os-release

_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')
_OS_RELEASE_LINE = re.compile(r'^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>["\']?)(?P<value>.*)(?P=quote)$')
_OS_RELEASE_ESCAPE = re.compile(r'\\([\\\$"\'`])')
_os_release_cache = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        found = _OS_RELEASE_LINE.match(line)
        if found is not None:
            info[found.group('name')] = _OS_RELEASE_ESCAPE.sub(r'\1', found.group('value'))
    return info


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict (a copy)."""
    global _os_release_cache
    if _os_release_cache is None:
        last = None
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                last = e.errno
        else:
            raise OSError(last, f"Unable to read files {', '.join(_OS_RELEASE_FILES)}")
    return _os_release_cache.copy()


# -------------------------------------------------------------- python_*

def python_implementation():
    """'CPython' (see the module's docstring for why)."""
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_build():
    """(build number, build date) of the interpreter: gilpy's version, no date."""
    return 'gilpy-%d.%d.%d' % tuple(sys.implementation.version[:3]), ''


def python_compiler():
    return 'rustc'


def python_branch():
    return ''


def python_revision():
    return ''


if __name__ == '__main__':
    # `python -m platform [terse] [nonaliased]` (the words may have leading dashes).
    _words = sys.argv[1:]
    print(platform(aliased=not ({'nonaliased', '--nonaliased'} & set(_words)),
                   terse=bool({'terse', '--terse'} & set(_words))))
    sys.exit(0)
