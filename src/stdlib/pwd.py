"""pwd: the password database — accounts by uid (getpwuid) or name (getpwnam) through the C
library, and every account of /etc/passwd (getpwall), as struct_passwd tuples."""

import _pwdgrp
import _structseq

__all__ = ['getpwall', 'getpwnam', 'getpwuid', 'struct_passwd']

struct_passwd = _structseq.make(
    'pwd', 'struct_passwd', ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'),
    'pwd.struct_passwd: Results from getpw*() routines.')


def getpwuid(uid, /):
    """The account with this user id; KeyError when there is none."""
    try:
        number = _structseq.id_argument(uid, 'uid', 'getpwuid')
    except OverflowError:
        raise KeyError('getpwuid(): uid not found') from None
    found = _pwdgrp.getpwuid(number)
    if found is None:
        raise KeyError(f'getpwuid(): uid not found: {_structseq.shown_id(number)}')
    return struct_passwd(found)


def getpwnam(name, /):
    """The account with this login name; KeyError when there is none."""
    return _structseq.by_name('getpwnam', name, _pwdgrp.getpwnam, struct_passwd)


def _entry(fields):
    name, password, uid, gid, gecos, home, shell = fields[:7]
    return struct_passwd((name, password, int(uid), int(gid), gecos, home, shell))


def getpwall():
    """Every account of the password file, in its order."""
    return _structseq.database('/etc/passwd', _entry)
