"""_ast_type_comments: what ast.parse(..., type_comments=True) adds to a parsed tree — the
PEP 484 `# type: ...` comments of assignments, for and with statements, functions and their
parameters (as type_comment), and every `# type: ignore[...]` (as TypeIgnore in type_ignores).
A type comment anywhere else is a SyntaxError, as in CPython."""

import re

_TYPE = re.compile(r'#[ \t\f]*type:[ \t\f]*(.*)\Z', re.S)


def _comments(source):
    """(line, byte column, text) of every comment of the source, strings skipped."""
    found = []
    line, col = 1, 0
    i, n = 0, len(source)
    quote = None
    while i < n:
        ch = source[i]
        if quote is None:
            if ch == '#':
                end = source.find('\n', i)
                end = n if end < 0 else end
                text = source[i:end].rstrip('\r')
                found.append((line, col, text))
                col += len(source[i:end].encode('utf-8'))
                i = end
                continue
            if ch in '\'"':
                quote = source[i:i + 3] if source[i:i + 3] in ('"""', "'''") else ch
                width = len(quote)
                i += width
                col += width
                continue
        else:
            if ch == '\\':
                if i + 1 < n and source[i + 1] == '\n':
                    line += 1
                    col = 0
                else:
                    col += len(source[i + 1:i + 2].encode('utf-8'))
                col += 1
                i += 2
                continue
            if source.startswith(quote, i):
                i += len(quote)
                col += len(quote)
                quote = None
                continue
            if ch == '\n' and len(quote) == 1:
                quote = None
        if ch == '\n':
            line += 1
            col = 0
        else:
            col += len(ch.encode('utf-8'))
        i += 1
    return found


class _Source:
    """Byte-level access to the source lines, as AST positions count columns in UTF-8 bytes."""

    def __init__(self, source):
        self.lines = [l.encode('utf-8') for l in source.split('\n')]

    def between(self, start, end):
        (l1, c1), (l2, c2) = start, end
        if l1 == l2:
            return self.lines[l1 - 1][c1:c2]
        parts = [self.lines[l1 - 1][c1:]] + self.lines[l1:l2 - 1] + [self.lines[l2 - 1][:c2]]
        return b'\n'.join(parts)


def _end(node):
    return (node.end_lineno, node.end_col_offset)


def _parameters(args):
    """Each parameter with the node its type comment would follow (its default, if any)."""
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(positional, defaults))
    if args.vararg:
        pairs.append((args.vararg, None))
    pairs += list(zip(args.kwonlyargs, args.kw_defaults))
    if args.kwarg:
        pairs.append((args.kwarg, None))
    return [(arg, default if default is not None else arg) for arg, default in pairs]


def attach(tree, source, filename):
    """Sets type_comment on the nodes that own a type comment and fills tree.type_ignores."""
    import ast
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    text = _Source(source)
    pending = {}
    for line, col, comment in _comments(source):
        match = _TYPE.match(comment)
        if match is None:
            continue
        body = match.group(1)
        if body.startswith('ignore') and not (body[6:7].isalnum() or body[6:7] == '_'):
            if hasattr(tree, 'type_ignores'):
                tree.type_ignores.append(ast.TypeIgnore(lineno=line, tag=body[6:].rstrip()))
            continue
        pending[(line, col)] = body

    def claim(after, allowed):
        """The type comment that follows position `after` with only `allowed` bytes between."""
        for (line, col) in sorted(pending):
            if (line, col) < after:
                continue
            gap = text.between(after, (line, col))
            if gap.strip(allowed) == b'':
                return pending.pop((line, col))
            return None
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            node.type_comment = claim(_end(node), b' \t\f')
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            node.type_comment = claim(_end(node.iter), b' \t\f:\\\n')
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            node.type_comment = claim(_end(node.items[-1].optional_vars or node.items[-1].context_expr), b' \t\f:\\\n')
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            ends = [(node.lineno, node.col_offset)]
            for arg, last in _parameters(node.args):
                ends.append(_end(last))
                if arg.annotation is not None:
                    ends.append(_end(arg.annotation))
                arg.type_comment = claim(_end(last), b' \t\f,\\\n')
            if node.returns is not None:
                ends.append(_end(node.returns))
            header = max(ends)
            for (line, col) in sorted(pending):
                if header <= (line, col) < (node.body[0].lineno, node.body[0].col_offset):
                    gap = text.between(header, (line, col))
                    if b':' in gap and not gap.split(b':')[-1].strip(b' \t\f\r\n'):
                        node.type_comment = pending.pop((line, col))
                    break
    if pending:
        line, col = min(pending)
        raise SyntaxError('invalid syntax', (filename, line, col + 1, source.split('\n')[line - 1]))
    return tree
