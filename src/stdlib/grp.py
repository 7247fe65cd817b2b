"""grp: the group database — groups by gid (getgrgid) or name (getgrnam) through the C
library, and every group of /etc/group (getgrall), as struct_group tuples."""

import _pwdgrp
import _structseq

__all__ = ['getgrall', 'getgrgid', 'getgrnam', 'struct_group']

struct_group = _structseq.make(
    'grp', 'struct_group', ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'),
    'grp.struct_group: Results from getgr*() routines.')


def getgrgid(id):
    """The group with this id; KeyError when there is none."""
    number = _structseq.id_argument(id, 'gid', 'getgrgid')
    found = _pwdgrp.getgrgid(number)
    if found is None:
        raise KeyError(f'getgrgid(): gid not found: {_structseq.shown_id(number)}')
    return struct_group(found)


def getgrnam(name):
    """The group with this name; KeyError when there is none."""
    return _structseq.by_name('getgrnam', name, _pwdgrp.getgrnam, struct_group)


def _entry(fields):
    name, password, gid, members = fields[:4]
    return struct_group((name, password, int(gid), [m for m in members.split(',') if m]))


def getgrall():
    """Every group of the group file, in its order."""
    return _structseq.database('/etc/group', _entry)
