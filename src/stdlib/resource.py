"""Resource limits and usage of this process (CPython 3.11's resource API on Linux). The limits
and the counters come from the native _resource; struct_rusage, the 16-field result of
getrusage(), is defined here."""

from _resource import (getrlimit, setrlimit, getpagesize, prlimit, RLIM_INFINITY, RLIMIT_AS, RLIMIT_CORE,
                       RLIMIT_CPU, RLIMIT_DATA, RLIMIT_FSIZE, RLIMIT_MEMLOCK,
                       RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_NOFILE, RLIMIT_NPROC, RLIMIT_OFILE,
                       RLIMIT_RSS, RLIMIT_RTPRIO, RLIMIT_RTTIME, RLIMIT_SIGPENDING, RLIMIT_STACK,
                       RUSAGE_CHILDREN, RUSAGE_SELF, RUSAGE_THREAD)
import _resource

error = OSError

_USAGE_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss',
                 'ru_minflt', 'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd',
                 'ru_msgrcv', 'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')


class struct_rusage(tuple):
    """What getrusage() reports: times in seconds (ru_utime, ru_stime), then counters; a
    16-tuple whose items are also attributes."""

    n_sequence_fields = 16
    n_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != 16:
            raise TypeError(f'resource.struct_rusage() takes a 16-sequence ({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(_USAGE_FIELDS, self))
        return f'resource.struct_rusage({shown})'

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


def _item(index):
    return property(lambda self: self[index])


for _index, _name in enumerate(_USAGE_FIELDS):
    setattr(struct_rusage, _name, _item(_index))
del _index, _name, _item
struct_rusage.__module__ = 'resource'


def getrusage(who):
    """Resource usage of this process (RUSAGE_SELF), of its waited-for children
    (RUSAGE_CHILDREN) or of the calling thread (RUSAGE_THREAD)."""
    return struct_rusage(_resource.getrusage(who))
