# json.dump/json.load through files and StringIO, and JSONEncoder.iterencode's chunks (which must
# be CPython's, one-shot or not, indented or not).
import io
import json
import os
import tempfile

DOC = {"name": "gilpy", "list": [1, 2.5, None, True, "é"], "nested": {"a": [], "b": {}, "c": [{"d": 1}]}}
enc = json.JSONEncoder()
print(list(enc.iterencode(DOC)))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode(DOC)))
print(list(json.JSONEncoder(separators=(',', ':')).iterencode([1, [2, [3]], {}])))
print(list(enc.iterencode("just a string")), list(enc.iterencode(5)), list(enc.iterencode([])))
print(enc.iterencode(DOC, _one_shot=True))

buf = io.StringIO()
json.dump(DOC, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == DOC)


class Counting(io.StringIO):
    writes = 0

    def write(self, s):
        Counting.writes += 1
        return super().write(s)


c = Counting()
json.dump([1, {"a": [2, 3]}, "x"], c)
print(c.getvalue(), Counting.writes)

path = os.path.join(tempfile.mkdtemp(), 'doc.json')
with open(path, 'w', encoding='utf-8') as f:
    json.dump(DOC, f, ensure_ascii=False, sort_keys=True)
with open(path, encoding='utf-8') as f:
    print(f.read())
with open(path, encoding='utf-8') as f:
    print(json.load(f) == DOC)
with open(path, 'rb') as f:
    print(json.load(f) == DOC)
with open(path, encoding='utf-8') as f:
    print(json.load(f, object_pairs_hook=list))
os.remove(path)
os.rmdir(os.path.dirname(path))
