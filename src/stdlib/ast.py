"""The ast module: Python syntax trees as objects (CPython 3.11's node classes and helpers).

gilpy's parser builds the tree; the native `_ast.parse` hands it over as nested tuples
(name, field values, position) and `_from_tuples` below makes node objects of them. The node
classes are made from the table `_GRAMMAR` (3.11's abstract grammar). This file also holds the
helpers: dump, literal_eval, the visitors and the location fixers; `unparse` lives in
`_ast_unparse.py`.
"""

import _ast
import sys as _sys

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        names = type(self)._fields
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(names)} positional argument{'' if len(names) == 1 else 's'}")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in names[:len(args)]:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The abstract grammar of Python 3.11: `base: Node(fields) ...`; a field marked `*` is a
# list, `?` optional (its class default is None). A base line ending in `@` has positions.
_GRAMMAR = """
mod: Module(body*, type_ignores*) Interactive(body*) Expression(body) FunctionType(argtypes*, returns)
stmt@: FunctionDef(name, args, body*, decorator_list*, returns?, type_comment?)
 AsyncFunctionDef(name, args, body*, decorator_list*, returns?, type_comment?)
 ClassDef(name, bases*, keywords*, body*, decorator_list*) Return(value?) Delete(targets*)
 Assign(targets*, value, type_comment?) AugAssign(target, op, value)
 AnnAssign(target, annotation, value?, simple)
 For(target, iter, body*, orelse*, type_comment?) AsyncFor(target, iter, body*, orelse*, type_comment?)
 While(test, body*, orelse*) If(test, body*, orelse*) With(items*, body*, type_comment?)
 AsyncWith(items*, body*, type_comment?) Match(subject, cases*) Raise(exc?, cause?)
 Try(body*, handlers*, orelse*, finalbody*) TryStar(body*, handlers*, orelse*, finalbody*)
 Assert(test, msg?) Import(names*) ImportFrom(module?, names*, level?) Global(names*)
 Nonlocal(names*) Expr(value) Pass() Break() Continue()
expr@: BoolOp(op, values*) NamedExpr(target, value) BinOp(left, op, right) UnaryOp(op, operand)
 Lambda(args, body) IfExp(test, body, orelse) Dict(keys*, values*) Set(elts*)
 ListComp(elt, generators*) SetComp(elt, generators*) DictComp(key, value, generators*)
 GeneratorExp(elt, generators*) Await(value) Yield(value?) YieldFrom(value)
 Compare(left, ops*, comparators*) Call(func, args*, keywords*)
 FormattedValue(value, conversion, format_spec?) JoinedStr(values*) Constant(value, kind?)
 Attribute(value, attr, ctx) Subscript(value, slice, ctx) Starred(value, ctx) Name(id, ctx)
 List(elts*, ctx) Tuple(elts*, ctx) Slice(lower?, upper?, step?)
expr_context: Load() Store() Del()
boolop: And() Or()
operator: Add() Sub() Mult() MatMult() Div() Mod() Pow() LShift() RShift() BitOr() BitXor() BitAnd() FloorDiv()
unaryop: Invert() Not() UAdd() USub()
cmpop: Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
comprehension(target, iter, ifs*, is_async)
excepthandler@: ExceptHandler(type?, name?, body*)
arguments(posonlyargs*, args*, vararg?, kwonlyargs*, kw_defaults*, kwarg?, defaults*)
arg@(arg, annotation?, type_comment?)
keyword@(arg?, value)
alias@(name, asname?)
withitem(context_expr, optional_vars?)
match_case(pattern, guard?, body*)
pattern@: MatchValue(value) MatchSingleton(value) MatchSequence(patterns*)
 MatchMapping(keys*, patterns*, rest?) MatchClass(cls, patterns*, kwd_attrs*, kwd_patterns*)
 MatchStar(name?) MatchAs(pattern?, name?) MatchOr(patterns*)
type_ignore: TypeIgnore(lineno, tag)
"""


def _make_class(name, base, spec, positions):
    fields = []
    namespace = {'__module__': __name__}
    for item in filter(None, (f.strip() for f in spec.split(','))):
        if item.endswith('?'):
            item = item[:-1]
            namespace[item] = None
        elif item.endswith('*'):
            item = item[:-1]
        fields.append(item)
    namespace['_fields'] = tuple(fields)
    namespace['__match_args__'] = tuple(fields)
    if positions:
        namespace['_attributes'] = _POSITIONS
        namespace['end_lineno'] = None
        namespace['end_col_offset'] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _read_grammar():
    import re as _re
    lines = []
    for line in _GRAMMAR.strip().splitlines():
        if line.startswith(' '):
            lines[-1] += line
        else:
            lines.append(line)
    for line in lines:
        head, _, rest = line.partition(':')
        if '(' in head:
            # A product type: one class with fields, no kinds.
            name, _, spec = head.partition('(')
            positions = name.endswith('@')
            _make_class(name.rstrip('@'), AST, spec.rstrip(')'), positions)
            continue
        positions = head.endswith('@')
        base = _make_class(head.rstrip('@'), AST, '', positions)
        base._fields = ()
        del base.__match_args__
        for name, spec in _re.findall(r'(\w+)\(([^)]*)\)', rest):
            _make_class(name, base, spec, False)


_read_grammar()
del _read_grammar

# The pieces with no fields are shared, as CPython's parser shares them.
_SHARED = {}
for _cls in (expr_context, boolop, operator, unaryop, cmpop):
    for _sub in _cls.__subclasses__():
        _SHARED[_sub.__name__] = _sub()
del _cls, _sub


def _from_tuples(item):
    if type(item) is list:
        return [_from_tuples(x) for x in item]
    if type(item) is not tuple:
        return item
    name, values, position = item
    shared = _SHARED.get(name)
    if shared is not None:
        return shared
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for field, value in zip(cls._fields, values):
        d[field] = _from_tuples(value)
    if position is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = position
    return node


# --------------------------------------------------------------------------- deprecated aliases

class _ConstantKind(type):
    """isinstance(Constant(3), Num) is true, as in 3.11 (the classes of 3.7 and before)."""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return type.__instancecheck__(cls, inst)
        kinds = cls._kinds
        value = inst.value
        if cls is Num and isinstance(value, bool):
            return False
        return isinstance(value, kinds) if kinds else value is ...


def _constant_alias(name, kinds, field):
    def __new__(cls, *args, **kwargs):
        if cls._kinds == () and not args:
            args = (...,)
        return Constant(*args, **kwargs)
    cls = _ConstantKind(name, (Constant,), {'__module__': __name__, '_kinds': kinds,
                                            '_fields': (field,), '__new__': __new__})
    globals()[name] = cls


_constant_alias('Num', (int, float, complex), 'n')
_constant_alias('Str', (str,), 's')
_constant_alias('Bytes', (bytes,), 's')
_constant_alias('NameConstant', (type(None), bool), 'value')
_constant_alias('Ellipsis', (), 'value')


def _get_value(self):
    return self.value


def _set_value(self, value):
    self.value = value


Constant.n = property(_get_value, _set_value)
Constant.s = property(_get_value, _set_value)


class slice(AST):
    """Deprecated: subscripts hold their expression directly since 3.9."""


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated, never produced."""


class AugLoad(expr_context):
    """Deprecated, never produced."""


class AugStore(expr_context):
    """Deprecated, never produced."""


class Param(expr_context):
    """Deprecated, never produced."""


# --------------------------------------------------------------------------- parsing

def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into a tree of AST nodes (what compile(..., PyCF_ONLY_AST) gives)."""
    if mode == 'func_type':
        return _parse_signature(source, filename)
    if not isinstance(filename, str):
        import os
        filename = os.fsdecode(filename)
    tree = _from_tuples(_ast.parse(source, mode, filename))
    if type_comments:
        import _ast_type_comments
        tree = _ast_type_comments.attach(tree, source, filename)
    return tree


def _parse_signature(source, filename):
    """A PEP 484 signature comment, `(int, str) -> bool`, as FunctionType. The arrow is read as a
    comma so that the parser sees one tuple and every position stays where it is written."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    depth = 0
    arrow = -1
    for i, ch in enumerate(source):
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif depth == 0 and source.startswith('->', i):
            arrow = i
            break
    head = source[:arrow].strip() if arrow >= 0 else ''
    if arrow < 0 or not (head.startswith('(') and head.endswith(')')):
        raise SyntaxError('invalid syntax', (filename, 1, 1, source))
    pair = parse(source[:arrow] + ', ' + source[arrow + 2:], filename, 'eval').body
    arguments, returns = pair.elts
    if head[1:-1].strip() == '':
        argtypes = []
    elif isinstance(arguments, Tuple) and arguments.col_offset == source.index('('):
        argtypes = arguments.elts
    else:
        argtypes = [arguments]
    return FunctionType(argtypes, returns)


def literal_eval(node_or_string):
    """The value of a Python literal (or container display of literals), safely."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def refuse(node):
        message = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(message + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            refuse(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def value_of(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(value_of(x) for x in node.elts)
        if isinstance(node, List):
            return [value_of(x) for x in node.elts]
        if isinstance(node, Set):
            return {value_of(x) for x in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                refuse(node)
            return {value_of(k): value_of(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value_of(node_or_string)


# --------------------------------------------------------------------------- dump

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree, as CPython 3.11 formats it."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def show(item, depth):
        if indent is not None:
            depth += 1
            opening = '\n' + indent * depth
            between = ',\n' + indent * depth
        else:
            opening = ''
            between = ', '
        if isinstance(item, AST):
            cls = type(item)
            parts = []
            all_simple = True
            named = annotate_fields
            for field in item._fields:
                try:
                    value = getattr(item, field)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, field, ...) is None:
                    named = True
                    continue
                text, simple = show(value, depth)
                all_simple = all_simple and simple
                parts.append(f'{field}={text}' if named else text)
            if include_attributes and item._attributes:
                for attribute in item._attributes:
                    try:
                        value = getattr(item, attribute)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, attribute, ...) is None:
                        continue
                    text, simple = show(value, depth)
                    all_simple = all_simple and simple
                    parts.append(f'{attribute}={text}')
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({opening}{between.join(parts)})', False
        if isinstance(item, list):
            if not item:
                return '[]', True
            return '[' + opening + between.join(show(x, depth)[0] for x in item) + ']', False
        return repr(item), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return show(node, 0)[0]


# --------------------------------------------------------------------------- locations

def copy_location(new_node, old_node):
    """Give new_node old_node's position (those of its attributes old_node has)."""
    for attribute in _POSITIONS:
        if attribute in old_node._attributes and attribute in new_node._attributes:
            value = getattr(old_node, attribute, None)
            if value is not None or (hasattr(old_node, attribute)
                                     and attribute.startswith('end_')):
                setattr(new_node, attribute, value)
    return new_node


def fix_missing_locations(node):
    """Fill in positions missing in the tree from the parent's, starting at line 1, column 0."""
    def fill(node, inherited):
        inherited = list(inherited)
        for i, name in enumerate(_POSITIONS):
            if name not in node._attributes:
                continue
            # An end position of None counts as missing; a start only when absent.
            if name.startswith('end_'):
                missing = getattr(node, name, None) is None
            else:
                missing = not hasattr(node, name)
            if missing:
                setattr(node, name, inherited[i])
            else:
                inherited[i] = getattr(node, name)
        for child in iter_child_nodes(node):
            fill(child, inherited)
    fill(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree n lines down (or up)."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


# --------------------------------------------------------------------------- walking

def iter_fields(node):
    """(name, value) for each field the node has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def _children(node):
    """The list of nodes directly under node (a field left unset counts as none)."""
    found = []
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, AST):
            found.append(value)
        elif isinstance(value, list):
            found.extend(item for item in value if isinstance(item, AST))
    return found


def iter_child_nodes(node):
    """The nodes directly under node: its node fields and the nodes in its list fields."""
    yield from _children(node)


def walk(node):
    """Every node under node (itself included), breadth first, in no promised order."""
    queue = [node]
    position = 0
    while position < len(queue):
        current = queue[position]
        position += 1
        queue.extend(_children(current))
        yield current


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    """Lines of source with their ends, split at \\r\\n, \\r, \\n (and only those)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        elif c == '\f':
            pass
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None if its position is unknown."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    if padded:
        head = lines[first].encode()[:start].decode()
        pad = ''.join(' ' if c != '\t' and c != '\f' else c for c in head)
    else:
        pad = ''
    opening = pad + lines[first].encode()[start:].decode()
    closing = lines[last].encode()[:end].decode()
    return ''.join([opening] + lines[first + 1:last] + [closing])


class NodeVisitor:
    """Walks a tree calling visit_<ClassName> for each node (generic_visit when none)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        # Visitors written for 3.7 and before name the old classes.
        value = node.value
        if value is ...:
            old = 'Ellipsis'
        elif isinstance(value, (bool, type(None))):
            old = 'NameConstant'
        elif isinstance(value, (int, float, complex)):
            old = 'Num'
        elif isinstance(value, str):
            old = 'Str'
        elif isinstance(value, bytes):
            old = 'Bytes'
        else:
            old = None
        if old is not None:
            method = getattr(self, 'visit_' + old, None)
            if method is not None:
                import warnings
                warnings.warn(f"visit_{old} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A visitor whose visit_ methods return the replacement node (None deletes it, a list
    splices several in)."""

    def generic_visit(self, node):
        for field, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new)
        return node


import _ast_unparse  # noqa: E402  (its writer needs the node classes above)
_ast_unparse.ast = _sys.modules[__name__]
from _ast_unparse import unparse, source_on_lines  # noqa: E402

_MODE_ROOTS = {'exec': 'Module', 'eval': 'Expression', 'single': 'Interactive',
               'func_type': 'FunctionType'}


def _check_complete(node):
    """TypeError for a node missing a required field or position, as compile() refuses it."""
    if not isinstance(node, AST):
        return
    cls = type(node)
    kind = cls.__mro__[1].__name__ if cls.__mro__[1] is not AST else cls.__name__
    for attribute in cls._attributes:
        if attribute.startswith('end_'):
            continue
        if not hasattr(node, attribute):
            raise TypeError(f'required field "{attribute}" missing from {kind}')
    for field in cls._fields:
        if not hasattr(node, field):
            raise TypeError(f'required field "{field}" missing from {cls.__name__}')
        value = getattr(node, field)
        if isinstance(value, list):
            for item in value:
                _check_complete(item)
        else:
            _check_complete(value)


def _source_of(tree, mode, filename):
    """compile() of a tree: the tree checked against the mode, and the source it stands for."""
    if not isinstance(tree, AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    root = _MODE_ROOTS[mode]
    if type(tree).__name__ != root or not isinstance(tree, mod):
        raise TypeError(f'expected {root} node, got {type(tree).__name__}')
    _check_complete(tree)
    return source_on_lines(tree)


def main():
    import argparse
    import sys
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
