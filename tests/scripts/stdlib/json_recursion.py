# Deeply nested JSON: RecursionError from dumps (compact and indented) and loads (arrays and
# objects) with CPython's messages, and moderately deep documents that round-trip.
import json
import sys

deep = []
for _ in range(100000):
    deep = [deep]
for kw in [{}, {'indent': 1}]:
    try:
        json.dumps(deep, **kw)
    except RecursionError as e:
        print('RecursionError', e)
nested = {}
for _ in range(100000):
    nested = {'a': nested}
try:
    json.dumps(nested)
except RecursionError as e:
    print('RecursionError', e)
for text in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000, '[{"a":' * 50000]:
    try:
        json.loads(text)
    except RecursionError as e:
        print('RecursionError', e)
ok = '[' * 200 + '1' + ']' * 200
print(json.dumps(json.loads(ok)) == ok)
ok = '{"k": ' * 200 + '[]' + '}' * 200
print(json.dumps(json.loads(ok)) == ok)
print(sys.getrecursionlimit())
