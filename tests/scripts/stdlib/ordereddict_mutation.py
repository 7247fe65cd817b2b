# OrderedDict's iterators: keys added, removed or moved under them are "OrderedDict mutated during
# iteration", clear() is "changed size" (issue 18).
from collections import OrderedDict as OD
def t(name, f):
    try: print(name, "ok", f())
    except Exception as e: print(name, type(e).__name__, e)
def b():
    d=OD(a=1,b=2); it=iter(d); next(it); d['a']=5; return list(it)
t("same_key", b)
def c():
    d=OD(a=1,b=2); it=iter(d); d['c']=3
    try: next(it)
    except RuntimeError as e: print(e)
    return list(it)
t("after", c)
def e():
    d=OD(a=1,b=2); it=iter(d); list(it); d['q']=1; return list(it)
t("exhausted", e)
def f():
    d=OD(a=1,b=2); it=iter(d.items()); next(it); d.move_to_end('a'); return list(it)
t("move", f)
def g():
    d=OD(a=1,b=2); it=iter(d); next(it); d.pop('a'); d['a']=1; return list(it)
t("popadd", g)
def h():
    d=OD(a=1,b=2); it=reversed(d); next(it); d['c']=1; return list(it)
t("rev", h)
def i():
    d=OD(a=1,b=2); it=iter(d.values()); next(it); d.clear(); return list(it)
t("clear", i)
def j():
    d=OD(a=1,b=2); print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__, type(reversed(d)).__name__, type(reversed(d.items())).__name__)
t("names", j)
def k():
    d=OD(a=1,b=2); it=iter(d); d.update({'a':3}); return list(it)
t("update_same", k)
def l():
    d=OD(a=1,b=2); it=iter(d); d.setdefault('a', 3); d.setdefault('x',3); return list(it)
t("setdefault", l)
def j():
    d=OD(a=1,b=2,c=3); d.move_to_end('a', last=False); d.move_to_end('b', last=False)
    return list(d), list(reversed(d)), list(d.items()), list(reversed(d.values())), list(reversed(d.items()))
t("order", j)
def m():
    d=OD(); it=iter(d); d['a']=1; return list(it), list(d)
t("empty_then_add", m)
def n():
    d=OD(a=1,b=2,c=3); out=[]
    for k in d:
        out.append(k)
        if k == 'c': d['z'] = 0
    return out, list(d)
t("add_at_last", n)
def o():
    d=OD(a=1,b=2,c=3); it=iter(d); next(it); d.popitem(last=False); return list(it)
t("popitem_first", o)
def p():
    d=OD(a=1,b=2,c=3); it=reversed(d.items()); next(it); d['b']=7; return list(it)
t("rev_items_value_change", p)
def q():
    d=OD(a=1); it=iter(d.keys()); d.clear(); d['a']=1
    try: next(it)
    except RuntimeError as e: print("first:", e)
    return list(it)
t("clear_readd", q)
print([type(x).__name__ for x in (iter(OD()), iter(OD().values()), reversed(OD(a=1)), reversed(OD().items()))])
