"""string: character-class constants, capwords, $-substitution (Template) and the str.format
machinery as overridable steps (Formatter).

CPython's Formatter leans on the C helpers in _string to cut format strings apart; here those
are _format_parts() and _split_field_name(), with the same results and error messages.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

import re as _re
from collections import ChainMap as _ChainMap

whitespace = ' \t\n\r\v\f'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s (split on sep, or on runs of whitespace) and join them with
    sep (or a single space)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ---------------------------------------------------------------------------------- Template

_no_mapping = {}    # "no mapping given" for substitute() and safe_substitute()


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $.

    Subclasses may change `delimiter`, `idpattern` (names after the delimiter),
    `braceidpattern` (names inside braces, idpattern by default) and `flags`, or give a whole
    `pattern` with the groups escaped, named, braced and invalid.
    """

    delimiter = '$'
    # ASCII identifiers only, whatever the flags say
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    @classmethod
    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            mark = _re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            name = cls.idpattern
            source = fr"""
            {mark}(?:
                (?P<escaped>{mark})         # doubled: the delimiter itself
              | (?P<named>{name})           # a bare name
              | {{(?P<braced>{braced})}}    # a name in braces
              | (?P<invalid>)               # anything else is a mistake
            )
            """
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        """Raise the error for a delimiter not followed by a valid placeholder, with the line
        and column (both counted from 1) where it is."""
        where = mo.start('invalid')
        before = self.template[:where].splitlines(keepends=True)
        if before:
            lineno = len(before)
            colno = where - len(''.join(before[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognised(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _replace(self, lookup, keep_invalid):
        def replacement(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return lookup(name, mo)
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if keep_invalid:
                    return mo.group()
                self._invalid(mo)
            raise self._unrecognised()
        return self.pattern.sub(replacement, self.template)

    @staticmethod
    def _merged(mapping, kws):
        if mapping is _no_mapping:
            return kws
        return _ChainMap(kws, mapping) if kws else mapping

    def substitute(self, mapping=_no_mapping, /, **kws):
        """The template with every placeholder replaced from mapping and the keyword
        arguments (which win); KeyError for a missing name, ValueError for a bad $."""
        values = self._merged(mapping, kws)
        return self._replace(lambda name, mo: str(values[name]), keep_invalid=False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        """substitute(), but unknown names and bad delimiters stay as they are."""
        values = self._merged(mapping, kws)

        def lookup(name, mo):
            try:
                return str(values[name])
            except KeyError:
                return mo.group()
        return self._replace(lookup, keep_invalid=True)

    def is_valid(self):
        """False when some delimiter is not followed by a valid placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if all(mo.group(g) is None for g in ('named', 'braced', 'escaped')):
                raise self._unrecognised()
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order of appearance."""
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognised()
        return names


# the class itself gets its pattern as its subclasses do
Template.__init_subclass__()


# --------------------------------------------------------------------------------- Formatter

def _format_parts(text):
    """Yield (literal, field_name, format_spec, conversion) for each piece of a format string,
    as str.format reads it: field_name is None after the last field, format_spec is '' and
    conversion None when absent. "{{" and "}}" end a literal with one brace."""
    pos, end = 0, len(text)
    while pos < end:
        start = pos
        ch = ''
        while pos < end:
            ch = text[pos]
            pos += 1
            if ch in '{}':
                break
        at_end = pos >= end
        size = pos - start
        if ch == '}' and (at_end or text[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if ch == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        markup = ch in '{}'
        if markup:
            if text[pos] == ch:
                # a doubled brace: the literal keeps one of them
                pos += 1
                markup = False
            else:
                size -= 1
        literal = text[start:start + size]
        if not markup:
            yield literal, None, None, None
            continue
        name, spec, conversion, pos = _read_field(text, pos)
        yield literal, name, spec, conversion


def _read_field(text, pos):
    """Read a replacement field whose '{' ends before pos: (name, spec, conversion, the
    position after its '}')."""
    end = len(text)
    start = pos
    ch = ''
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            # an index: anything up to ']' belongs to the name
            close = text.find(']', pos)
            pos = end if close < 0 else close
            continue
        if ch in '}:!':
            break
    name = text[start:pos - 1] if ch in '}:!' else text[start:pos]
    if ch not in ':!':
        if ch != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', None, pos
    conversion = None
    if ch == '!':
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if pos < end:
            after = text[pos]
            pos += 1
            if after == '}':
                return name, '', conversion, pos
            if after != ':':
                raise ValueError("expected ':' after conversion specifier")
    # the format spec, which may hold nested fields: up to the '}' balancing ours
    spec_start = pos
    depth = 1
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if not depth:
                return name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _as_index(text):
    """An all-digits name is an int (a position), anything else stays a str."""
    if text and text.isdigit() and text.isascii():
        return int(text)
    return text


def _split_field_name(name):
    """(first, rest) of a field name like 'a.b[0]': first is the argument name or position,
    rest yields (True, attribute) and (False, index) steps."""
    cut = len(name)
    for i, ch in enumerate(name):
        if ch in '.[':
            cut = i
            break
    return _as_index(name[:cut]), _field_steps(name, cut)


def _field_steps(name, pos):
    end = len(name)
    while pos < end:
        ch = name[pos]
        pos += 1
        if ch == '.':
            stop = pos
            while stop < end and name[stop] not in '.[':
                stop += 1
            key, is_attr = name[pos:stop], True
            pos = stop
        elif ch == '[':
            stop = name.find(']', pos)
            if stop < 0:
                raise ValueError("Missing ']' in format string")
            key, is_attr = name[pos:stop], False
            pos = stop + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        yield is_attr, (key if is_attr else _as_index(key))


class Formatter:
    """str.format() cut into steps a subclass can override: parse, get_field, get_value,
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next automatic position, or False once "{0}"-style numbering
        # was used (the two cannot be mixed)
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # the spec may itself contain fields
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        """The argument a field names: args[key] for an int, kwargs[key] otherwise."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys of the arguments used; may raise for unused ones."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a !s, !r or !a conversion (None: none)."""
        if conversion is None:
            return value
        converters = {'s': str, 'r': repr, 'a': ascii}
        if conversion in converters:
            return converters[conversion](value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """An iterable of (literal_text, field_name, format_spec, conversion) pieces."""
        return _format_parts(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, key used) for a field name like '0.attr[key]'."""
        first, steps = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in steps:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
