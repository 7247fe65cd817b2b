"""_csv: the core of the csv module (CPython's is C), written in gilpy.

The reader is a small state machine over the characters of each line, with a fast path
(a plain str.split) for the common line that has no quote, escape or carriage return in
it, which is where nearly all the time goes. Owns the dialect checks (with _csv's
TypeError messages), the reader and writer objects, the dialect registry and
field_size_limit; csv.py adds the Dialect classes, DictReader/DictWriter and the Sniffer.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    """Malformed CSV data, or a record the dialect cannot write."""


_field_limit = 128 * 1024
_registry = {}

# ------------------------------------------------------------ dialect checks

_OPTION_NAMES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _one_char(name, value, default, none_ok):
    if value is None:
        if none_ok:
            return None
        value = default if default is not None else value
        if value is None:
            raise TypeError(f'"{name}" must be string, not NoneType')
    if not isinstance(value, str):
        if none_ok:
            raise TypeError(f'"{name}" must be string or None, not {type(value).__name__}')
        raise TypeError(f'"{name}" must be string, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """The validated, immutable settings a reader or writer works with (_csv.Dialect)."""

    __slots__ = _OPTION_NAMES

    def __init__(self, base, options):
        def pick(name, default):
            if name in options:
                return options[name]
            if base is not None and hasattr(base, name):
                return getattr(base, name)
            return default

        missing = object()
        delimiter = pick('delimiter', missing)
        if delimiter is missing:
            delimiter = ','
        elif delimiter is None:
            raise TypeError('"delimiter" must be string, not NoneType')
        delimiter = _one_char('delimiter', delimiter, None, False)
        quoting = pick('quoting', QUOTE_MINIMAL)
        if quoting is None:
            quoting = QUOTE_MINIMAL
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        quotechar = pick('quotechar', missing)
        if quotechar is missing:
            quotechar = '"'
        quotechar = _one_char('quotechar', quotechar, None, True)
        escapechar = _one_char('escapechar', pick('escapechar', None), None, True)
        terminator = pick('lineterminator', '\r\n')
        if not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        values = {
            'delimiter': delimiter,
            'doublequote': bool(pick('doublequote', True)),
            'escapechar': escapechar,
            'lineterminator': terminator,
            'quotechar': quotechar,
            'quoting': quoting,
            'skipinitialspace': bool(pick('skipinitialspace', False)),
            'strict': bool(pick('strict', False)),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")

    def __repr__(self):
        return f'<_csv.Dialect object at {id(self):#x}>'


def _dialect_from(dialect, options):
    """Resolves a dialect argument (name, class, instance) plus keyword overrides."""
    for name in options:
        if name not in _OPTION_NAMES:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, Dialect) and not options:
        return dialect
    return Dialect(dialect, options)


# ------------------------------------------------------------------- reader

# The states of the reader's machine, and the end-of-line marker fed after each line.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class reader:
    """Iterates the records of an iterable of lines (_csv.reader)."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._quoting_on = d.quoting != QUOTE_NONE
        self._plain = d.quoting != QUOTE_NONNUMERIC and not d.skipinitialspace
        self._specials = tuple(c for c in (d.quotechar if self._quoting_on else None,
                                           d.escapechar, '\r', '\n') if c)
        # What ends a run of ordinary characters, inside and outside quotes.
        self._unquoted_stops = tuple(c for c in (d.delimiter, d.escapechar, '\n', '\r') if c)
        self._quoted_stops = tuple(c for c in (d.escapechar,
                                               d.quotechar if self._quoting_on else None) if c)

    def __iter__(self):
        return self

    def _fast(self, line):
        """The record of a simple line in one split, or None when the machine is needed."""
        if line.endswith('\r\n'):
            body = line[:-2]
        elif line.endswith('\n'):
            body = line[:-1]
        else:
            body = line
        for c in self._specials:
            if c in body:
                return None
        if not body:
            return []
        fields = body.split(self.dialect.delimiter)
        if len(body) > _field_limit and max(map(len, fields)) > _field_limit:
            return None
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._field_len = 0
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            self.line_num += 1
            if self._state == _START_RECORD and self._plain:
                quick = self._fast(line)
                if quick is not None:
                    return quick
            self._scan(line)
            self._step(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _add(self, text):
        if self._field_len + len(text) > _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(text)
        self._field_len += len(text)

    def _save(self):
        text = ''.join(self._field)
        self._field = []
        self._field_len = 0
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _end_of_line(self, c):
        self._save()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    @staticmethod
    def _next_stop(line, start, stops):
        """The index of the first of `stops` at or after `start` (len(line) if none)."""
        end = len(line)
        for c in stops:
            at = line.find(c, start, end)
            if at != -1:
                end = at
        return end

    def _scan(self, line):
        """Runs the machine over one line, a run of ordinary characters at a time."""
        at = 0
        n = len(line)
        while at < n:
            state = self._state
            if state == _IN_FIELD:
                stop = self._next_stop(line, at, self._unquoted_stops)
                if stop > at:
                    self._add(line[at:stop])
                    at = stop
                    continue
            elif state == _IN_QUOTED_FIELD:
                stop = self._next_stop(line, at, self._quoted_stops)
                if stop > at:
                    self._add(line[at:stop])
                    at = stop
                    continue
            self._step(line[at])
            at += 1

    def _step(self, c):
        d = self.dialect
        state = self._state
        quoting_on = d.quoting != QUOTE_NONE
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_of_line(c)
            elif c == d.quotechar and quoting_on:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is not _EOL:
                self._state = _IN_FIELD
                self._step(c)
        elif state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_of_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and quoting_on:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if quoting_on and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._end_of_line(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file in universal-newline mode?")


_ReaderType = reader


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the records (lists of str) in `csvfile`, an iterable of lines."""
    lines = iter(csvfile)
    return _ReaderType(lines, _dialect_from(dialect, fmtparams))


# ------------------------------------------------------------------- writer

def _is_number(value):
    return isinstance(value, (int, float, complex)) or hasattr(value, '__float__') and not isinstance(value, str)


class writer:
    """Formats records onto a file-like object (_csv.writer)."""

    def __init__(self, target, dialect):
        self._write = target.write
        self.dialect = dialect
        d = dialect
        special = set(d.lineterminator)
        for c in (d.delimiter, d.quotechar, d.escapechar):
            if c:
                special.add(c)
        self._special = tuple(special)

    def _needs_care(self, text):
        for c in self._special:
            if c in text:
                return True
        return False

    def _field(self, text, quoted):
        d = self.dialect
        if not self._needs_care(text):
            return f'{d.quotechar}{text}{d.quotechar}' if quoted else text
        out = []
        for c in text:
            escape = False
            if c in self._special:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if quoted:
            if d.quotechar is None:
                raise Error("need to escape, but no escapechar set")
            return d.quotechar + ''.join(out) + d.quotechar
        return ''.join(out)

    def writerow(self, row):
        """Writes one record; returns what the file's write returned."""
        d = self.dialect
        try:
            values = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        count = 0
        only_empty = False
        for value in values:
            count += 1
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = d.quoting == QUOTE_ALL
            if value is None:
                text = ''
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            only_empty = text == ''
            parts.append(self._field(text, quoted))
        if count == 1 and only_empty:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = [d.quotechar * 2]
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_WriterType = writer


def writer(fileobj, dialect='excel', **fmtparams):
    """An object whose writerow/writerows put records on `fileobj` (anything with write)."""
    if not hasattr(fileobj, 'write'):
        raise TypeError('argument 1 must have a "write" method')
    return _WriterType(fileobj, _dialect_from(dialect, fmtparams))


# ---------------------------------------------------------- dialect registry

def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _dialect_from(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_registry)


def field_size_limit(*limit):
    """Returns the largest field the reader accepts; sets a new one when given."""
    global _field_limit
    if len(limit) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument ({len(limit)} given)")
    old = _field_limit
    if limit:
        if not isinstance(limit[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = limit[0]
    return old


