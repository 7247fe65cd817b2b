"""dbm.gnu: the GNU dbm interface, which needs the C module _gdbm (absent here, as in a python3
built without libgdbm: importing this module raises the same ImportError)."""

from _gdbm import *
