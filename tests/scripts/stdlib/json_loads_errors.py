# json.loads: values, numbers, strings with escapes and surrogate pairs, and every decoder error
# with CPython's message, position, line and column.
import json

CASES = [
    r'"\u12x4"', r'"\u12', r'"\u1234', r'"\u1234"', r'"ab\ud83d\ude0x"', r'"ab\ud83d\u',
    r'"ab\ud83d\ude00', r'"ab\ud83d\ude00"', r'"\x"', '"\\', '"ab',
    '"a\x01"', '"a\x1f b"', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '', '  ', 'nul', '-', '-x',
    '1.', '1e', '1e+', '01', '[-]', '{"a":1}x', '  [1]  x', 'NaN', '-Infinity', 'Infinity', '[NaN, -NaN]',
    '\ufeff[1]', '[1.5e3, -0, 1E400, 12345678901234567890123, -0.0, 1e-400, 0.1, 2.5E+2]',
    '{"é":"ü", "é":2, "a": {}}', '["é" x]', '"é\\u12x"', '"é\\ué"', '[\n  1,\n  2\n  3]',
    '{\n"a": 1,\n\n  "b" }', '\t\r\n [ \t\r\n1 \t\r\n] \t\r\n', '[true, false, null]', 'tru', 'true1',
    '[1] [2]', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[[[[]]]]', '{"a": [{"b": {"c": []}}]}', '[', '{', '["a"',
    '{"a"', '{"a":', '{"a":1', '[1,', '[1', '"\u20ac\U0001f600"', '1 2', '12345678901234567890.5e3',
    '-12', '-0', '0.5', '.5', '+1', '1.5e', '[0x10]', 'nulll', '{"":""}',
]
# (lone surrogates such as "\\ud800" are left out: gilpy's str cannot hold them)

for s in CASES:
    try:
        v = json.loads(s)
        print(repr(s), '->', repr(v))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
    except (ValueError, TypeError) as e:
        print(repr(s), type(e).__name__, e)

for bad in [None, 1, [1], object()]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', str(e).replace(' at 0x', ''))

print(isinstance(json.JSONDecodeError('m', 'doc', 1), ValueError))
e = json.JSONDecodeError('m', 'ab\ncd', 4)
print(e.args, e.lineno, e.colno, e.pos, e.msg)
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.JSONDecodeError.__module__)
print(json.decoder.scanstring('"abc\\n" x', 1), json.decoder.scanstring('ab"c', 0, True))
for args in [('"abc', 1), ('"a\x01"', 1, False), ('"a\x01"', 1, True), ('x', 5)]:
    try:
        print(json.decoder.scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('  {"a": 1}', 2))
for args in [('  1',), ('', 0), ('[1]', 3)]:
    try:
        print(d.raw_decode(*args))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
