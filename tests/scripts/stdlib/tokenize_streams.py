# tokenize: token streams of tricky sources, compared token by token with python3's, and the
# round trip through untokenize (exact with positions; equivalent from (type, string) pairs).
import io
import os
import token
import tokenize

SOURCES = [
    'x = 1\n',
    'x = 1',
    'def f(a, *b, c=3, **d):\n    return a + len(b) ** 2\n',
    'if x:\n\tpass\nelse:\n        y = [1,\n  2]  # comment\n',
    '# only a comment',
    '# comment\n\n   \nx\n',
    's = """multi\nline\n""" + \'\'\'x\'\'\'\n',
    "a = rb'x' Rb'y' f'{a!r:>{w}}' u'u' BR\"z\"\n",
    'n = 0x_1f + 0b1 + 0o7 + 1_000 + 1.5e-3j + .5 + 5. + 1e5 + 0777\n',
    'a @= b; c //= d; e **= 2; f ->g; h := 1; i != j; k <<= 1; x...\n',
    'async def f():\n    await x\n    async with a as b:\n        pass\n',
    'x = (1 +\n     2)\ny = \\\n  3\n',
    "s = 'abc\\\n  def'\n",
    'x = $y ? `z`!\n',
    "s = 'unterminated\nx = 1\n",
    'class A:\n    def f(self):\n        pass\n\n\n    x = 1\n',
    'lambda: (yield)\n',
    'print("é", \'日本\', ñ)\n',
    'if 1:\r\n    x = 2\r\n',
    'x = [\n    1,  # one\n    2,\n]\n',
    '\ufefffirst = 1\n',
    '# -*- coding: latin-1 -*-\nx = 1\n',
]

for src in SOURCES:
    data = src.encode('utf-8') if 'latin-1' not in src else src.encode('latin-1')
    try:
        tokens = list(tokenize.tokenize(io.BytesIO(data).readline))
    except (tokenize.TokenError, SyntaxError) as e:
        print(repr(src), type(e).__name__, e)
        continue
    print(repr(src))
    for tok in tokens:
        print('   ', tok, token.tok_name[tok.exact_type])
    print('    exact:', tokenize.untokenize(tokens) == data.replace(b'\xef\xbb\xbf', b''))
    again = tokenize.untokenize([t[:2] for t in tokens])
    print('    compat:', repr(again))

for src in ('x = (1,\n', 's = """abc\n', 'if x:\n    a\n  b\n'):
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)

print(tokenize.detect_encoding(io.BytesIO(b'# coding: utf-8\nx').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n# vim: set fileencoding=latin-1 :\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'').readline))
for bad in (b'# coding: no-such-codec\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe = 1\n'):
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError', e)

# This file itself, through tokenize.open.
with tokenize.open(__file__) as f:
    own = list(tokenize.generate_tokens(f.readline))
print(len(own), own[0], own[-1])
with open(__file__, 'rb') as f:
    print(tokenize.untokenize(tokenize.tokenize(f.readline)) == open(__file__, 'rb').read())
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.NT_OFFSET,
      token.N_TOKENS, len(token.EXACT_TOKEN_TYPES), token.tok_name[token.OP])
print(tokenize.TokenInfo(token.OP, '(', (1, 0), (1, 1), '(').exact_type == token.LPAR)
