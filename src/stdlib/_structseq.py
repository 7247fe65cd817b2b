"""_structseq: struct-sequence types for modules written in gilpy (pwd.struct_passwd,
grp.struct_group): tuples of a fixed length whose items are also read-only attributes, shown
as module.name(field=value, ...)."""


def _getter(index):
    return property(lambda self: self[index])


def make(module, name, fields, doc=None):
    """A new struct-sequence class `module.name` with these field names."""
    size = len(fields)
    shown = f'{module}.{name}'

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != size:
            raise TypeError(f'{shown}() takes a {size}-sequence ({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    def __repr__(self):
        return shown + '(' + ', '.join(f'{field}={value!r}' for field, value in zip(fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))

    body = {'__slots__': (), '__doc__': doc, '__new__': __new__, '__repr__': __repr__,
            '__reduce__': __reduce__, 'n_fields': size, 'n_sequence_fields': size,
            'n_unnamed_fields': 0, '__match_args__': tuple(fields), '__module__': module}
    for index, field in enumerate(fields):
        body[field] = _getter(index)
    made = type(name, (tuple,), body)
    made.__module__ = module
    return made


def id_argument(value, what, lookup):
    """A uid/gid argument as the C library takes it (0 to 2**32-1; -1 means 2**32-1), with
    CPython's TypeError and OverflowError wording."""
    if not hasattr(type(value), '__index__') or isinstance(value, float):
        raise TypeError(f'{what} should be integer, not {type(value).__name__}')
    number = value.__index__()
    if number == -1:
        return 2 ** 32 - 1
    if number < 0 or 2 ** 32 <= number < 2 ** 63:
        raise OverflowError(f'{what} is less than minimum')
    if number >= 2 ** 63:
        raise OverflowError(f'{what} is greater than maximum')
    return number


def by_name(function, name, native, struct):
    """A database entry looked up by name: TypeError for a non-str, KeyError when missing."""
    if not isinstance(name, str):
        raise TypeError(f'{function}() argument must be str, not {type(name).__name__}')
    found = native(name)
    if found is None:
        raise KeyError(f'{function}(): name not found: {name!r}')
    return struct(found)


def shown_id(number):
    """How CPython prints an id in its KeyError: 2**32-1 as -1."""
    return -1 if number == 2 ** 32 - 1 else number


def database(path, convert):
    """Every entry of a colon-separated account file (/etc/passwd, /etc/group), converted."""
    if not isinstance(path, str):
        raise TypeError(f'database() path must be str, not {type(path).__name__}')
    entries = []
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                line = line.rstrip('\n')
                if not line or line.startswith(('#', '+', '-')):
                    continue
                try:
                    entries.append(convert(line.split(':')))
                except (ValueError, IndexError):
                    continue
    except OSError:
        pass
    return entries
