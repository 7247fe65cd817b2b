"""stat: the bits of st_mode (file kind and permissions), the indices of the old stat tuple,
the BSD and Windows file flags, the S_IS*() kind tests and filemode() ('-rwxr-xr-x'), as the
C _stat module of CPython on Linux gives them (including its error messages)."""

# Positions in the tuple os.stat() used to return.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File kinds (the S_IFMT part of a mode).
S_IFDIR = 0x4000
S_IFCHR = 0x2000
S_IFBLK = 0x6000
S_IFREG = 0x8000
S_IFIFO = 0x1000
S_IFLNK = 0xA000
S_IFSOCK = 0xC000
S_IFDOOR = S_IFPORT = S_IFWHT = 0    # kinds Linux does not have

# Permission and mode bits.
S_ISUID = 0x800
S_ISGID = 0x400
S_ENFMT = S_ISGID
S_ISVTX = 0x200
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD file flags (st_flags).
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000

_kind_bits = 0o170000


def _mode(value):
    # The checks of the C version: an int (bool too) that fits a mode_t.
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value > 0xFFFFFFFF:
        raise OverflowError("mode out of range")
    return int(value)


def S_IMODE(mode):
    """The permission bits of a mode (what os.chmod() takes)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-kind bits of a mode."""
    return _mode(mode) & _kind_bits


def _kind_test(kind, doc):
    def test(mode):
        bits = _mode(mode) & _kind_bits
        return kind != 0 and bits == kind
    test.__doc__ = doc
    return test


S_ISDIR = _kind_test(S_IFDIR, "Whether the mode is a directory's.")
S_ISCHR = _kind_test(S_IFCHR, "Whether the mode is a character device's.")
S_ISBLK = _kind_test(S_IFBLK, "Whether the mode is a block device's.")
S_ISREG = _kind_test(S_IFREG, "Whether the mode is a regular file's.")
S_ISFIFO = _kind_test(S_IFIFO, "Whether the mode is a named pipe's.")
S_ISLNK = _kind_test(S_IFLNK, "Whether the mode is a symbolic link's.")
S_ISSOCK = _kind_test(S_IFSOCK, "Whether the mode is a socket's.")
S_ISDOOR = _kind_test(0, "Always False (Solaris doors).")
S_ISPORT = _kind_test(0, "Always False (Solaris event ports).")
S_ISWHT = _kind_test(0, "Always False (BSD whiteouts).")
for _name in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
              'S_ISDOOR', 'S_ISPORT', 'S_ISWHT'):
    globals()[_name].__name__ = globals()[_name].__qualname__ = _name
del _name

# For each of filemode()'s ten places: (bits, letter) choices, the first matching one wins.
_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
     (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """The mode as ls shows it, e.g. '-rw-r--r--' ('?' for an unknown kind)."""
    mode = _mode(mode)
    kind = mode & _kind_bits
    letters = []
    for place, choices in enumerate(_filemode_table):
        shown = '?' if place == 0 else '-'
        for bits, letter in choices:
            hit = kind == bits if place == 0 else mode & bits == bits
            if hit:
                shown = letter
                break
        letters.append(shown)
    return ''.join(letters)
