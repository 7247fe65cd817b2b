# Prints the rows of src/builtins/arity.rs (run under python3 3.11): the arity and error wording of
# every method of the core built-in types, found by calling each with 0 to 5 arguments.
import inspect, re, types as T
def samples():
    return {"str": "a", "bytes": b"a", "bytearray": bytearray(b"a"), "int": 1, "float": 1.5, "bool": True, "complex": 1j,
 "list": [1], "tuple": (1,), "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "range": range(3), "slice": slice(1), "object": object()}
ARITY = re.compile(r"takes no arguments|takes exactly one argument|^expected (at least |at most )?\d+ arguments?, got|expected (at least |at most )?\d+ arguments?, got|takes at most \d+ arguments?|takes at least|takes exactly \d+|takes from|needs an argument|takes no positional")
def probe(tn, n, k, **kw):
    s = samples()[tn]
    try:
        getattr(s, n)(*[None] * k, **kw)
        return ""
    except TypeError as e:
        return str(e)
    except Exception:
        return ""
rows = []
for tn, s in samples().items():
    t = type(s)
    for n, d in sorted(vars(t).items()):
        if not isinstance(d, (T.MethodDescriptorType, T.WrapperDescriptorType)): continue
        if n in ("__init__", "__new__", "__init_subclass__", "__subclasshook__"): continue
        ok = [k for k in range(6) if not ARITY.search(probe(tn, n, k))]
        if not ok: continue
        mn, mx = min(ok), max(ok)
        if ok != list(range(mn, mx + 1)): continue
        if mx == 5: mx = 255
        kwmsg = probe(tn, n, mn, zz=1)
        too = probe(tn, n, mx + 1) if mx < 255 else ""
        if "takes no keyword arguments" in kwmsg:
            style = "Wrapper" if kwmsg.startswith("wrapper ") else None
        else:
            style = "Kw"
        if style is None:
            if mx == 255: style = "Clinic"
            elif "takes no arguments" in too: style = "NoArgs"
            elif "takes exactly one argument" in too: style = "One"
            elif too.startswith("expected "): style = "Wrapper"
            elif " expected " in too: style = "Clinic"
            elif "() takes at most" in too: style = "Old"
            else: continue
        rows.append(f'    ("{tn}", "{n}", {mn}, {mx}, ArityStyle::{style}),')
print("\n".join(rows))
