"""dbm.ndbm: the ndbm interface, which needs the C module _dbm (absent here, as in a python3
built without it: importing this module raises the same ImportError)."""

from _dbm import *
