# json: dumps with every option, loads, CPython's decoder messages and positions, dump/load on a file.
import json
data = {"name": "gil", "threads": [1, 2, 3], "ratio": 1.05, "ok": True, "none": None, "nested": {"a": [], "b": {}}, "uni": "héllo ☃ 😀", "esc": "q\"b\\n\n\t\x01"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n"}), json.dumps((1, 2)), json.dumps("s"), json.dumps(10**30), json.dumps(1e20), json.dumps(-0.0))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
for bad in (lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps({1, 2})):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps({"s": {1, 2}}, default=sorted))
text = json.dumps(data)
back = json.loads(text)
print(back == data, back)
print(json.loads('  [1, 2.5, -3e2, 0, -0, 1E+2, "a\\u00e9\\ud83d\\ude00", true, false, null, {"k": [{}]}] '))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\/\\b\\f\\n\\r\\t"'), json.loads(b'[1]'), json.loads("NaN") != json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads('[{"b": 1, "a": 2}]', object_pairs_hook=list))
for doc in ['', '   ', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '[1] x', '01', '-', '{"a": tru}', '"bad \\q"', '"\\u12"', '"tab\there"', '[\n1,\n2,,\n]', '{"a": [1, {"b": }]}']:
    try:
        json.loads(doc)
        print("parsed", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
import os
path = "/tmp/gilpy_json_%d.json" % os.getpid()
with open(path, "w") as f:
    json.dump({"a": [1, 2], "b": "x"}, f, indent=1)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(json.load(f))
os.remove(path)
