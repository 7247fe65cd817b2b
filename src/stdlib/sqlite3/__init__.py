"""sqlite3: the DB-API 2.0 interface to SQLite databases, as CPython 3.11's package.

Everything lives in sqlite3.dbapi2 (gilpy's own, over the native _sqlite3); this package
re-exports it, as CPython's does.
"""

from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import _BASE_NAMES as _names

import sqlite3.dbapi2 as dbapi2
