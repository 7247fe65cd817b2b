"""dbm: one front for the key-value database modules. open() looks at the files to tell which
kind an existing database is (whichdb) and creates new ones with the first module that imports:
dbm.gnu and dbm.ndbm need C libraries gilpy (like a python3 built without them) does not have,
so new databases are dbm.dumb's."""

import io
import os
import struct
import sys


class error(Exception):
    pass


_CANDIDATES = ("dbm.gnu", "dbm.ndbm", "dbm.dumb")
_names = list(_CANDIDATES)
_defaultmod = None
_modules = {}

error = (error, OSError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def _load_modules():
    global _defaultmod
    for name in _CANDIDATES:
        try:
            module = __import__(name, fromlist=["open"])
        except ImportError:
            continue
        _modules[name] = module
        if _defaultmod is None:
            _defaultmod = module
    if _defaultmod is None:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag="r", mode=0o666):
    """Open the database at *file*, or create it.

    *flag*: 'r' reads an existing database (the default), 'w' reads and writes an existing
    one, 'c' reads and writes, creating it when missing, and 'n' always starts a new, empty one.
    *mode* gives the permission bits of created files (less the umask).
    """
    if _defaultmod is None:
        _load_modules()
    kind = None if "n" in flag else whichdb(file)
    if kind is None:
        if "c" not in flag and "n" not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        module = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind in _modules:
        module = _modules[kind]
    else:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    return module.open(file, flag, mode)


def _readable(path):
    try:
        with io.open(path, "rb"):
            return True
    except OSError:
        return False


def whichdb(filename):
    """Which dbm module wrote the database at *filename*: its module name ("dbm.dumb",
    "dbm.gnu", "dbm.ndbm"), "" when the file exists but its kind is unknown, and None when
    nothing can be read there. Whether that module imports, or opens the file, is not tried.
    """
    base = os.fsencode(filename)
    # ndbm: a .pag and a .dir file, or (Berkeley DB flavour) one .db file.
    if _readable(base + b".pag") and _readable(base + b".dir"):
        return "dbm.ndbm"
    if _readable(base + b".db") and ndbm is not None:
        try:
            ndbm.open(base).close()
            return "dbm.ndbm"
        except OSError:
            pass
    # dumb: a .dat file and a .dir index that is empty or starts with a quoted key.
    try:
        os.stat(base + b".dat")
        if os.stat(base + b".dir").st_size == 0:
            return "dbm.dumb"
        with io.open(base + b".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    # gnu: one file starting with a GDBM magic number.
    try:
        f = io.open(base, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ACE, 0x13579ACD, 0x13579ACF):
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)
