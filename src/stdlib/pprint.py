"""pprint: pretty-printing of Python data structures.

A PrettyPrinter first tries the one-line safe repr of an object (_safe_repr: recursion-proof,
with dicts sorted when sort_dicts is set and ints grouped with underscores on request). Only when
that line is wider than what is left of `width` does it break the object over several lines, with
a layout chosen by the type's __repr__ (so subclasses that keep their base's repr are laid out as
the base). The layouts are registered in PrettyPrinter._dispatch by the @_layout decorator.
"""

import collections as _collections
import dataclasses as _dataclasses
import re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a final newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of object, as a str."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """A repr of object that survives recursive data structures."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether eval() could rebuild object from its repr."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _one_line(object)[2]


class _safe_key:
    """A sort key that orders anything: values that cannot be compared are ordered by their
    type's name, then by id()."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(pair):
    """The sort key of a (key, value) item."""
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# types whose repr is always readable and never contains other objects
_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _wrap_bytes_repr(object, width, allowance):
    """The repr of bytes cut into pieces of whole 4-byte groups, each fitting in width (the last
    also leaving `allowance` columns)."""
    current = b''
    last_group = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        group = object[start:start + 4]
        joined = current + group
        if start == last_group:
            width -= allowance
        if len(repr(joined)) <= width:
            current = joined
            continue
        if current:
            yield repr(current)
        current = group
    if current:
        yield repr(current)


def _is_generated_dataclass_repr(object):
    """True for an instance (not a class) of a dataclass showing itself with the __repr__
    that @dataclass wrote."""
    if isinstance(object, type) or not _dataclasses.is_dataclass(object):
        return False
    params = getattr(object, '__dataclass_params__', None)
    if params is not None and not params.repr:
        return False
    method = type(object).__repr__
    wrapped = getattr(method, '__wrapped__', None)
    if wrapped is not None:
        return "__create_fn__" in wrapped.__qualname__
    # our dataclasses module compiles the method from source text
    code = getattr(method, '__code__', None)
    return code is not None and code.co_filename == '<string>'


_layouts = {}


def _layout(*reprs):
    """Register the decorated method as the multi-line layout of objects whose type's __repr__
    is one of reprs."""
    def register(method):
        for r in reprs:
            _layouts[r] = method
        return method
    return register


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """indent: spaces added per nesting level; width: the line length aimed at; depth: how
        many levels are shown (deeper ones become '...'); stream: where pprint() writes
        (sys.stdout by default); compact: pack short items of sequences on shared lines;
        sort_dicts: show dict items sorted by key; underscore_numbers: group ints' digits."""
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- the public interface

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line. Subclasses may override this to
        change how objects are shown; context holds the ids of the containers being shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- laying out

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at the current position: its one-line repr when it fits in what is left
        of the width (indent columns used, allowance kept for closing brackets), otherwise the
        layout of its type."""
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and _is_generated_dataclass_repr(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pad_after_bracket(self, stream):
        # with indent > 1 the first item lines up with the following ones
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _write_empty(self, object, stream):
        """Containers that are empty show their plain repr."""
        if len(object):
            return False
        stream.write(repr(object))
        return True

    def _named_opening(self, object, stream, bracket):
        """For a non-empty container write its type's name and the opening bracket(s) and
        return the name; for an empty one write its plain repr and return None."""
        if self._write_empty(object, stream):
            return None
        name = type(object).__name__
        stream.write(name + bracket)
        return name

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance, context,
                                     level)
        stream.write(')')

    @_layout(dict.__repr__)
    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_after_bracket(stream)
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    @_layout(_collections.OrderedDict.__repr__)
    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        name = self._named_opening(object, stream, '(')
        if name is None:
            return
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    @_layout(list.__repr__)
    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    @_layout(tuple.__repr__)
    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    @_layout(set.__repr__, frozenset.__repr__)
    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if self._write_empty(object, stream):
            return
        cls = type(object)
        if cls is set:
            opening, closing = '{', '}'
        else:
            opening, closing = cls.__name__ + '({', '})'
            indent += len(cls.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)

    @_layout(str.__repr__)
    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if self._write_empty(object, stream):
            return
        if level == 1:
            # at the top the pieces go inside parentheses
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            text = repr(line)
            if len(text) <= (room - allowance if last_line else room):
                pieces.append(text)
                continue
            # cut the line after runs of whitespace, as many words per piece as fit
            words = re.findall(r'\S*\s*', line)[:-1]
            piece = ''
            limit = room
            for k, word in enumerate(words):
                longer = piece + word
                if last_line and k == len(words) - 1:
                    limit -= allowance
                if len(repr(longer)) <= limit:
                    piece = longer
                    continue
                if piece:
                    pieces.append(repr(piece))
                piece = word
            if piece:
                pieces.append(repr(piece))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    @_layout(bytes.__repr__)
    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _wrap_bytes_repr(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if top:
            stream.write(')')

    @_layout(bytearray.__repr__)
    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    @_layout(_types.MappingProxyType.__repr__)
    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    @_layout(_types.SimpleNamespace.__repr__)
    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        cls = type(object)
        name = 'namespace' if cls is _types.SimpleNamespace else cls.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for n, (key, value) in enumerate(items):
            last = n == len(items) - 1
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        items = list(items)
        for n, (name, value) in enumerate(items):
            last = n == len(items) - 1
            stream.write(name + '=')
            if id(value) in context:
                # as the reprs of dataclasses and namespaces show a recursion
                stream.write("...")
            else:
                self._format(value, stream, indent + len(name) + 1, allowance if last else 1,
                             context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The items of a sequence, one per line; with compact, as many short ones per line as
        fit. The last one also leaves room for `allowance` closing characters."""
        indent += self._indent_per_level
        self._pad_after_bracket(stream)
        separator = ',\n' + ' ' * indent
        full = left = self._width - indent + 1
        pending = iter(items)
        try:
            upcoming = next(pending)
        except StopIteration:
            return
        before = ''
        last = False
        while not last:
            item = upcoming
            try:
                upcoming = next(pending)
            except StopIteration:
                last = True
                full -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if left < needed:
                    # start a new line
                    left = full
                    if before:
                        before = separator
                if left >= needed:
                    left -= needed
                    stream.write(before + text)
                    before = ', '
                    continue
            stream.write(before)
            before = separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    @_layout(_collections.defaultdict.__repr__)
    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if self._write_empty(object, stream):
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    @_layout(_collections.Counter.__repr__)
    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        name = self._named_opening(object, stream, '({')
        if name is None:
            return
        self._pad_after_bracket(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    @_layout(_collections.ChainMap.__repr__)
    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        maps = object.maps
        for n, mapping in enumerate(maps):
            if n < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    @_layout(_collections.deque.__repr__)
    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if (name := self._named_opening(object, stream, '([')) is None:
            return
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        bound = self._repr(object.maxlen, context, level)
        stream.write('],\n%smaxlen=%s)' % (' ' * indent, bound))

    def _pprint_wrapped(self, object, stream, indent, allowance, context, level):
        # the User* wrappers show their data as it is
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object: containers are shown item by item so that
        recursion and depth limits can be noticed."""
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False
        shown_by = getattr(cls, "__repr__", None)
        if issubclass(cls, int) and shown_by is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(cls, dict) and shown_by is dict.__repr__:
            if not object:
                return "{}", True, False
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            return self._safe_container(object, "{%s}", items, True, context, maxlevels, level)
        if issubclass(cls, list) and shown_by is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_container(object, "[%s]", object, False, context, maxlevels, level)
        if issubclass(cls, tuple) and shown_by is tuple.__repr__:
            if len(object) == 1:
                shape = "(%s,)"
            elif not object:
                return "()", True, False
            else:
                shape = "(%s)"
            return self._safe_container(object, shape, object, False, context, maxlevels, level)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _safe_container(self, object, shape, entries, pairs, context, maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for entry in entries:
            pieces = []
            for part in (entry if pairs else (entry,)):
                text, ok, loops = self.format(part, context, maxlevels, level + 1)
                pieces.append(text)
                readable = readable and ok
                recursive = recursive or loops
            parts.append(": ".join(pieces))
        del context[key]
        return shape % ", ".join(parts), readable, recursive

    _dispatch = _layouts


def _register_user_wrappers():
    # the User* classes come from collections on first use: look them up once here
    for name in ('UserDict', 'UserList', 'UserString'):
        _layouts[getattr(_collections, name).__repr__] = PrettyPrinter._pprint_wrapped


_register_user_wrappers()
