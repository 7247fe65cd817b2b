"""ast.unparse: source text back from a syntax tree, laid out as CPython 3.11 lays it out
(four-space blocks, a blank line before each def/class that follows other code, the fewest
parentheses that keep the tree's meaning, strings in the first quote kind that needs no escape).

`_Writer` keeps, for each expression node, the binding strength its context demands
(`_Strength`); a node weaker than that is wrapped in parentheses. With `keep_lines` (what
compile() of a tree uses) each statement starts on its node's line where blank lines can get it
there, so that tracebacks of the compiled code name the tree's lines.
"""

import sys

# The ast module whose node classes the writer knows; ast.py sets it as it loads (importing it
# here would load a second copy when ast runs as `python -m ast`).
ast = None

# Binding strengths, weakest first (assignment expressions bind least, atoms most).
_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND, _SHIFT, \
    _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM = range(18)

_OPERATORS = {
    'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
    'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'FloorDiv': ('//', _TERM),
    'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR),
    'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND), 'Pow': ('**', _POWER),
}
_UNARY = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR),
          'USub': ('-', _FACTOR)}
_COMPARISONS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
                'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', _AND), 'Or': ('or', _OR)}

_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_EVERY_QUOTE = _SINGLE_QUOTES + _TRIPLE_QUOTES
# A float too big for a literal: written as a literal that overflows to infinity.
_HUGE = '1e' + repr(sys.float_info.max_10_exp + 1)


_ESCAPES = {'\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r'}


def _code_escape(code):
    """What the unicode_escape codec writes for one character."""
    if code < 0x100:
        return f'\\x{code:02x}'
    if code < 0x10000:
        return f'\\u{code:04x}'
    return f'\\U{code:08x}'


def _escape(text, keep_whitespace):
    """Backslashes and unprintable characters escaped; newlines and tabs kept when asked."""
    out = []
    for ch in text:
        if keep_whitespace and ch in '\n\t':
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(_ESCAPES.get(ch) or _code_escape(ord(ch)))
        else:
            out.append(ch)
    return ''.join(out)


def _quote_choice(text, quotes=_EVERY_QUOTE, escape_whitespace=False):
    """(escaped text, the quotes it may sit in, best first)."""
    body = _escape(text, not escape_whitespace)
    usable = [q for q in quotes if q not in body and ('\n' not in body or len(q) == 3)]
    if not usable:
        # No quote fits: fall back on repr's escaping, keeping repr's quote when we may.
        shown = repr(text)
        quote = next((q for q in quotes if shown[0] in q), shown[0])
        return shown[1:-1], [quote]
    if body:
        # A quote that matches the last character goes last (it would need escaping).
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _Writer:
    def __init__(self, no_backslashes=False, keep_lines=False):
        self.out = []
        self.depth = 0
        self.strength = {}
        self.no_backslashes = no_backslashes
        self.keep_lines = keep_lines
        # Newlines written so far, and the line the next statement should start on.
        self.newlines = 0
        self.wanted_line = None

    # ---------------------------------------------------------------- output helpers

    def text(self, *pieces):
        self.out.extend(pieces)
        if self.keep_lines:
            self.newlines += sum(piece.count('\n') for piece in pieces)

    def newline_if_any(self):
        if self.out and not self.keep_lines:
            self.text('\n')

    def want_line_of(self, node):
        if self.keep_lines:
            self.wanted_line = getattr(node, 'lineno', None)

    def line(self, start=''):
        if self.keep_lines:
            first_free = self.newlines + (2 if self.out else 1)
            target = max(self.wanted_line or 0, first_free)
            self.text('\n' * (target - self.newlines - 1))
            self.wanted_line = None
        else:
            self.newline_if_any()
        self.text('    ' * self.depth + start)

    def demand(self, strength, *nodes):
        for node in nodes:
            self.strength[node] = strength

    def demanded(self, node):
        return self.strength.get(node, _TEST)

    def wrap(self, needed, node, inner):
        """Writes inner(), in parentheses when node binds looser than its place demands."""
        parens = self.demanded(node) > needed
        if parens:
            self.text('(')
        inner()
        if parens:
            self.text(')')

    def joined(self, items, separator=', ', each=None):
        each = each or self.visit
        for i, item in enumerate(items):
            if i:
                self.text(separator)
            each(item)

    def bracketed(self, opening, items, closing):
        self.text(opening)
        self.joined(items)
        self.text(closing)

    def tuple_items(self, items):
        if len(items) == 1:
            self.visit(items[0])
            self.text(',')
        else:
            self.joined(items)

    def block(self, body):
        self.text(':')
        self.depth += 1
        self.visit(body)
        self.depth -= 1

    def capture(self, action):
        saved = self.out, self.newlines
        self.out = []
        try:
            action()
            return ''.join(self.out)
        finally:
            self.out, self.newlines = saved

    # ---------------------------------------------------------------- dispatch

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit(item)
            return
        method = getattr(self, 'w_' + type(node).__name__, None)
        if isinstance(node, ast.stmt):
            self.want_line_of(node)
        if method is None:
            raise ValueError(f'unparse: unexpected node {type(node).__name__}')
        method(node)

    def source(self, node):
        self.visit(node)
        return ''.join(self.out)

    # ---------------------------------------------------------------- modules

    def w_Module(self, node):
        self.body_with_docstring(node)

    def w_Interactive(self, node):
        self.visit(node.body)

    def w_Expression(self, node):
        self.visit(node.body)

    def w_FunctionType(self, node):
        self.bracketed('(', node.argtypes, ') -> ')
        self.visit(node.returns)

    def body_with_docstring(self, node):
        body = node.body
        first = body[0] if body else None
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            self.want_line_of(first)
            self.line()
            if first.value.kind == 'u':
                self.text('u')
            self.string(first.value.value, _TRIPLE_QUOTES)
            self.visit(body[1:])
        else:
            self.visit(body)

    # ---------------------------------------------------------------- statements

    def w_Expr(self, node):
        self.line()
        self.demand(_YIELD, node.value)
        self.visit(node.value)

    def w_Assign(self, node):
        self.line()
        for target in node.targets:
            self.demand(_TUPLE, target)
            self.visit(target)
            self.text(' = ')
        self.visit(node.value)
        self.type_comment(node)

    def w_AugAssign(self, node):
        self.line()
        self.visit(node.target)
        self.text(' ' + _OPERATORS[type(node.op).__name__][0] + '= ')
        self.visit(node.value)

    def w_AnnAssign(self, node):
        self.line()
        parens = not node.simple and isinstance(node.target, ast.Name)
        self.text('(' if parens else '')
        self.visit(node.target)
        self.text(')' if parens else '', ': ')
        self.visit(node.annotation)
        if node.value:
            self.text(' = ')
            self.visit(node.value)

    def w_Return(self, node):
        self.line('return')
        if node.value:
            self.text(' ')
            self.visit(node.value)

    def w_Pass(self, node):
        self.line('pass')

    def w_Break(self, node):
        self.line('break')

    def w_Continue(self, node):
        self.line('continue')

    def w_Delete(self, node):
        self.line('del ')
        self.joined(node.targets)

    def w_Assert(self, node):
        self.line('assert ')
        self.visit(node.test)
        if node.msg:
            self.text(', ')
            self.visit(node.msg)

    def w_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def w_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def w_Import(self, node):
        self.line('import ')
        self.joined(node.names)

    def w_ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0))
        if node.module:
            self.text(node.module)
        self.text(' import ')
        self.joined(node.names)

    def w_alias(self, node):
        self.text(node.name)
        if node.asname:
            self.text(' as ' + node.asname)

    def w_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.text(' ')
        self.visit(node.exc)
        if node.cause:
            self.text(' from ')
            self.visit(node.cause)

    def w_Try(self, node, star=False):
        self.line('try')
        self.block(node.body)
        for handler in node.handlers:
            self.handler(handler, star)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)
        if node.finalbody:
            self.line('finally')
            self.block(node.finalbody)

    def w_TryStar(self, node):
        self.w_Try(node, star=True)

    def handler(self, node, star):
        self.want_line_of(node)
        self.line('except*' if star else 'except')
        if node.type:
            self.text(' ')
            self.visit(node.type)
        if node.name:
            self.text(' as ' + node.name)
        self.block(node.body)

    def w_ExceptHandler(self, node):
        self.handler(node, False)

    def decorators(self, node):
        self.newline_if_any()
        for decorator in node.decorator_list:
            self.want_line_of(decorator)
            self.line('@')
            self.visit(decorator)
        self.want_line_of(node)

    def w_ClassDef(self, node):
        self.decorators(node)
        self.line('class ' + node.name)
        if node.bases or node.keywords:
            self.text('(')
            self.joined(node.bases + node.keywords)
            self.text(')')
        self.text(':')
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def w_FunctionDef(self, node, keyword='def'):
        self.decorators(node)
        self.line(f'{keyword} {node.name}(')
        self.visit(node.args)
        self.text(')')
        if node.returns:
            self.text(' -> ')
            self.visit(node.returns)
        self.text(':')
        self.type_comment(node)
        self.depth += 1
        self.body_with_docstring(node)
        self.depth -= 1

    def w_AsyncFunctionDef(self, node):
        self.w_FunctionDef(node, 'async def')

    def type_comment(self, node):
        comment = getattr(node, 'type_comment', None)
        if comment:
            self.text('  # type: ' + comment)

    def w_For(self, node, keyword='for '):
        self.line(keyword)
        self.demand(_TUPLE, node.target)
        self.visit(node.target)
        self.text(' in ')
        self.visit(node.iter)
        self.text(':')
        self.type_comment(node)
        self.depth += 1
        self.visit(node.body)
        self.depth -= 1
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def w_AsyncFor(self, node):
        self.w_For(node, 'async for ')

    def w_If(self, node):
        self.line('if ')
        self.visit(node.test)
        self.block(node.body)
        rest = node.orelse
        while len(rest) == 1 and isinstance(rest[0], ast.If):
            inner = rest[0]
            self.line('elif ')
            self.visit(inner.test)
            self.block(inner.body)
            rest = inner.orelse
        if rest:
            self.line('else')
            self.block(rest)

    def w_While(self, node):
        self.line('while ')
        self.visit(node.test)
        self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def w_With(self, node, keyword='with '):
        self.line(keyword)
        self.joined(node.items)
        self.text(':')
        self.type_comment(node)
        self.depth += 1
        self.visit(node.body)
        self.depth -= 1

    def w_AsyncWith(self, node):
        self.w_With(node, 'async with ')

    def w_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars:
            self.text(' as ')
            self.visit(node.optional_vars)

    def w_Match(self, node):
        self.line('match ')
        self.visit(node.subject)
        self.text(':')
        self.depth += 1
        self.visit(node.cases)
        self.depth -= 1

    def w_match_case(self, node):
        self.want_line_of(node.pattern)
        self.line('case ')
        self.visit(node.pattern)
        if node.guard:
            self.text(' if ')
            self.visit(node.guard)
        self.block(node.body)

    # ---------------------------------------------------------------- patterns

    def w_MatchValue(self, node):
        self.visit(node.value)

    def w_MatchSingleton(self, node):
        self.constant(node.value)

    def w_MatchSequence(self, node):
        self.bracketed('[', node.patterns, ']')

    def w_MatchStar(self, node):
        self.text('*' + (node.name if node.name is not None else '_'))

    def w_MatchMapping(self, node):
        self.text('{')
        for i, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            if i:
                self.text(', ')
            self.visit(key)
            self.text(': ')
            self.visit(pattern)
        if node.rest:
            self.text(', **' if node.keys else '**', node.rest)
        self.text('}')

    def w_MatchClass(self, node):
        self.demand(_ATOM, node.cls)
        self.visit(node.cls)
        self.text('(')
        self.joined(node.patterns)
        for i, (attr, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self.text(', ')
            self.text(attr + '=')
            self.visit(pattern)
        self.text(')')

    def w_MatchAs(self, node):
        if node.name is None:
            self.text('_')
        elif node.pattern is None:
            self.text(node.name)
        else:
            def both():
                self.demand(_BOR, node.pattern)
                self.visit(node.pattern)
                self.text(' as ' + node.name)
            self.wrap(_TEST, node, both)

    def w_MatchOr(self, node):
        def alternatives():
            self.demand(_BOR + 1, *node.patterns)
            self.joined(node.patterns, ' | ')
        self.wrap(_BOR, node, alternatives)

    # ---------------------------------------------------------------- expressions

    def w_Name(self, node):
        self.text(node.id)

    def w_Constant(self, node):
        if node.kind == 'u':
            self.text('u')
        self.constant(node.value)

    def constant(self, value):
        if isinstance(value, tuple):
            self.text('(')
            items = list(value)
            for i, item in enumerate(items):
                if i:
                    self.text(', ')
                self.constant(item)
            self.text(',)' if len(items) == 1 else ')')
        elif value is ...:
            self.text('...')
        elif isinstance(value, (float, complex)):
            self.text(repr(value).replace('inf', _HUGE))
        elif self.no_backslashes and isinstance(value, str):
            self.string(value)
        else:
            self.text(repr(value))

    def string(self, value, quotes=_EVERY_QUOTE):
        body, usable = _quote_choice(value, quotes)
        self.text(usable[0] + body + usable[0])

    def w_JoinedStr(self, node):
        self.text('f')
        if self.no_backslashes:
            self.string(self.capture(lambda: self.fstring_piece(node)))
            return
        quotes = list(_EVERY_QUOTE)
        pieces = []
        for value in node.values:
            raw = self.capture(lambda: self.fstring_piece(value))
            body, quotes = _quote_choice(raw, quotes, isinstance(value, ast.Constant))
            pieces.append(body)
        self.text(quotes[0] + ''.join(pieces) + quotes[0])

    def fstring_piece(self, node):
        if isinstance(node, ast.JoinedStr):
            for value in node.values:
                self.fstring_piece(value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.text(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, ast.FormattedValue):
            self.w_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def w_FormattedValue(self, node):
        inner = _Writer(no_backslashes=True)
        inner.demand(_TEST + 1, node.value)
        expression = inner.source(node.value)
        if '\\' in expression:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        self.text('{')
        if expression.startswith('{'):
            self.text(' ')
        self.text(expression)
        if node.conversion != -1:
            self.text('!' + chr(node.conversion))
        if node.format_spec:
            self.text(':')
            self.fstring_piece(node.format_spec)
        self.text('}')

    def w_NamedExpr(self, node):
        def inner():
            self.demand(_ATOM, node.target, node.value)
            self.visit(node.target)
            self.text(' := ')
            self.visit(node.value)
        self.wrap(_TUPLE, node, inner)

    def w_Tuple(self, node):
        parens = not node.elts or self.demanded(node) > _TUPLE
        self.text('(' if parens else '')
        self.tuple_items(node.elts)
        self.text(')' if parens else '')

    def w_List(self, node):
        self.bracketed('[', node.elts, ']')

    def w_Set(self, node):
        if not node.elts:
            # `{}` is a dict: an empty set is written as the unpacking of an empty tuple.
            self.text('{*()}')
            return
        self.bracketed('{', node.elts, '}')

    def w_Dict(self, node):
        self.text('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            if i:
                self.text(', ')
            if key is None:
                self.text('**')
                self.demand(_BOR, value)
                self.visit(value)
            else:
                self.visit(key)
                self.text(': ')
                self.visit(value)
        self.text('}')

    def comprehension_of(self, opening, closing, heads, generators):
        self.text(opening)
        for i, head in enumerate(heads):
            if i:
                self.text(': ')
            self.visit(head)
        self.visit(generators)
        self.text(closing)

    def w_ListComp(self, node):
        self.comprehension_of('[', ']', [node.elt], node.generators)

    def w_SetComp(self, node):
        self.comprehension_of('{', '}', [node.elt], node.generators)

    def w_GeneratorExp(self, node):
        self.comprehension_of('(', ')', [node.elt], node.generators)

    def w_DictComp(self, node):
        self.comprehension_of('{', '}', [node.key, node.value], node.generators)

    def w_comprehension(self, node):
        self.text(' async for ' if node.is_async else ' for ')
        self.demand(_TUPLE, node.target)
        self.visit(node.target)
        self.text(' in ')
        self.demand(_TEST + 1, node.iter, *node.ifs)
        self.visit(node.iter)
        for condition in node.ifs:
            self.text(' if ')
            self.visit(condition)

    def w_IfExp(self, node):
        def inner():
            self.demand(_TEST + 1, node.body, node.test)
            self.visit(node.body)
            self.text(' if ')
            self.visit(node.test)
            self.text(' else ')
            self.demand(_TEST, node.orelse)
            self.visit(node.orelse)
        self.wrap(_TEST, node, inner)

    def w_UnaryOp(self, node):
        symbol, strength = _UNARY[type(node.op).__name__]

        def inner():
            self.text(symbol)
            if strength != _FACTOR:
                self.text(' ')
            self.demand(strength, node.operand)
            self.visit(node.operand)
        self.wrap(strength, node, inner)

    def w_BinOp(self, node):
        symbol, strength = _OPERATORS[type(node.op).__name__]
        # `**` groups to the right, the others to the left.
        left, right = (strength + 1, strength) if symbol == '**' else (strength, strength + 1)

        def inner():
            self.demand(left, node.left)
            self.visit(node.left)
            self.text(f' {symbol} ')
            self.demand(right, node.right)
            self.visit(node.right)
        self.wrap(strength, node, inner)

    def w_Compare(self, node):
        def inner():
            self.demand(_CMP + 1, node.left, *node.comparators)
            self.visit(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.text(' ' + _COMPARISONS[type(op).__name__] + ' ')
                self.visit(right)
        self.wrap(_CMP, node, inner)

    def w_BoolOp(self, node):
        word, strength = _BOOL[type(node.op).__name__]

        def inner():
            level = strength
            for i, value in enumerate(node.values):
                if i:
                    self.text(f' {word} ')
                level += 1
                self.demand(level, value)
                self.visit(value)
        self.wrap(strength, node, inner)

    def w_Attribute(self, node):
        self.demand(_ATOM, node.value)
        self.visit(node.value)
        # `1 .real`: an int literal needs a space before the dot.
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
            self.text(' ')
        self.text('.' + node.attr)

    def w_Call(self, node):
        self.demand(_ATOM, node.func)
        self.visit(node.func)
        self.bracketed('(', node.args + node.keywords, ')')

    def w_keyword(self, node):
        self.text('**' if node.arg is None else node.arg + '=')
        self.visit(node.value)

    def w_Subscript(self, node):
        self.demand(_ATOM, node.value)
        self.visit(node.value)
        self.text('[')
        index = node.slice
        if isinstance(index, ast.Tuple) and index.elts:
            self.tuple_items(index.elts)
        else:
            self.visit(index)
        self.text(']')

    def w_Starred(self, node):
        self.text('*')
        self.demand(_BOR, node.value)
        self.visit(node.value)

    def w_Slice(self, node):
        if node.lower:
            self.visit(node.lower)
        self.text(':')
        if node.upper:
            self.visit(node.upper)
        if node.step:
            self.text(':')
            self.visit(node.step)

    def keyword_and_operand(self, node, word, strength):
        """`await x`, `yield x`, `yield from x`: the operand an atom or in parentheses."""
        def inner():
            self.text(word)
            if node.value:
                self.text(' ')
                self.demand(_ATOM, node.value)
                self.visit(node.value)
        self.wrap(strength, node, inner)

    def w_Await(self, node):
        self.keyword_and_operand(node, 'await', _AWAIT)

    def w_Yield(self, node):
        self.keyword_and_operand(node, 'yield', _YIELD)

    def w_YieldFrom(self, node):
        self.keyword_and_operand(node, 'yield from', _YIELD)

    def w_Lambda(self, node):
        def inner():
            self.text('lambda')
            params = self.capture(lambda: self.visit(node.args))
            if params:
                self.text(' ', params)
            self.text(': ')
            self.demand(_TEST, node.body)
            self.visit(node.body)
        self.wrap(_TEST, node, inner)

    def w_arg(self, node):
        self.text(node.arg)
        if node.annotation:
            self.text(': ')
            self.visit(node.annotation)

    def w_arguments(self, node):
        separate = False

        def comma():
            nonlocal separate
            if separate:
                self.text(', ')
            separate = True

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for i, (param, default) in enumerate(zip(positional, defaults), 1):
            comma()
            self.visit(param)
            if default:
                self.text('=')
                self.visit(default)
            if i == len(node.posonlyargs):
                self.text(', /')
        if node.vararg or node.kwonlyargs:
            comma()
            self.text('*')
            if node.vararg:
                self.visit(node.vararg)
        for param, default in zip(node.kwonlyargs, node.kw_defaults):
            comma()
            self.visit(param)
            if default:
                self.text('=')
                self.visit(default)
        if node.kwarg:
            comma()
            self.text('**')
            self.visit(node.kwarg)

    # Operators and contexts are written by their parents.


def unparse(ast_obj):
    """Python source that parses back to an equivalent tree."""
    return _Writer().source(ast_obj)


def source_on_lines(tree):
    """unparse(tree) with each statement on its node's line where possible (for compile())."""
    return _Writer(keep_lines=True).source(tree)
