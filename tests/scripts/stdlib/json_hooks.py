# json.loads hooks and decoder options: object_hook, object_pairs_hook (which wins), parse_float,
# parse_int, parse_constant, strict=False, a custom JSONDecoder subclass, raw_decode, key memo,
# and bytes input in utf-8/utf-16/utf-32 (with and without BOM).
import json
from collections import OrderedDict


DOC = '{"b": 1, "a": [1.5, 2, {"c": null}], "d": {"e": true}, "n": NaN, "i": -Infinity, "big": 1e999}'
print(json.loads(DOC, object_hook=lambda d: sorted(d.items())))
print(json.loads(DOC, object_pairs_hook=lambda p: p))
print(json.loads(DOC, object_pairs_hook=OrderedDict))
print(json.loads(DOC, object_hook=len, object_pairs_hook=lambda p: ('pairs', len(p))))
print(json.loads(DOC, parse_float=lambda s: ("float", s), parse_int=lambda s: 'int:' + s))
print(json.loads(DOC, parse_constant=lambda s: 'const:' + s))
print(json.loads('[1.0, 2, 3.5e2, -0]', parse_float=str, parse_int=float))
print(json.loads('["a\tb\nc"]', strict=False))
try:
    json.loads('["a\tb"]')
except json.JSONDecodeError as e:
    print(e)


def reject(name):
    raise ValueError('no ' + name)


try:
    json.loads('[NaN]', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(Dec().decode(' [ {"x": 2} ] '))
objs = json.loads('[{"key": 1}, {"key": 2}, {"key": 3}]')
print(objs, all(list(objs[0])[0] is list(o)[0] for o in objs))

for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = '{"k": ["\u00e9", "\u20ac", 1]}'.encode(enc)
    print(enc, json.loads(data), json.loads(bytearray(data)))
for data in [b'1', b'12', b'"x"', b'[]', b'\xef\xbb\xbf[1]']:
    print(data, json.loads(data))
print(json.detect_encoding(b'\x00\x00\x00x'), json.detect_encoding(b'x\x00\x00\x00'),
      json.detect_encoding(b'\x00x'), json.detect_encoding(b'x\x00'), json.detect_encoding(b'xy'))
try:
    json.loads(b'\xff\xff')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError')
try:
    json.loads('\ufeff{}')
except json.JSONDecodeError as e:
    print(e)
d = json.JSONDecoder()
print(d.scan_once('[1, "two"] rest', 0))
try:
    d.scan_once('xyz', 0)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    d.scan_once('[1]', 3)
except StopIteration as e:
    print('StopIteration', e.value)
