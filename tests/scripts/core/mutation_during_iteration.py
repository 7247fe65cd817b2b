# Changing a container while iterating over it (issue 18): the errors CPython raises, at the
# same step, and what the loops see where CPython raises nothing.
import collections, array
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)

def deque_append():
    d = collections.deque([1,2,3])
    out=[]
    for x in d:
        out.append(x); d.append(x)
    return out
t("deque_append", deque_append)
def deque_pop():
    d = collections.deque([1,2,3])
    for x in d:
        d.pop()
t("deque_pop", deque_pop)
def deque_rotate():
    d = collections.deque([1,2,3])
    for x in d:
        d.rotate(1)
t("deque_rotate", deque_rotate)
def deque_setitem():
    d = collections.deque([1,2,3])
    out=[]
    for x in d:
        d[0] = 9; out.append(x)
    return out
t("deque_setitem", deque_setitem)
def deque_rev():
    d = collections.deque([1,2,3])
    for x in reversed(d):
        d.appendleft(0)
t("deque_rev", deque_rev)
def deque_clear_last():
    d = collections.deque([1,2,3])
    out=[]
    for x in d:
        out.append(x)
        if x == 3: d.append(4)
    return out
t("deque_clear_last", deque_clear_last)
def od_add():
    d = collections.OrderedDict(a=1,b=2)
    for k in d:
        d['c'+k] = 1
t("od_add", od_add)
def od_move():
    d = collections.OrderedDict(a=1,b=2,c=3)
    for k in d:
        d.move_to_end('a')
t("od_move", od_move)
def od_delins():
    d = collections.OrderedDict(a=1,b=2,c=3)
    for k in d:
        del d['a']; d['z']=1
t("od_delins", od_delins)
def od_values():
    d = collections.OrderedDict(a=1,b=2,c=3)
    for k in d.values():
        d['q'+str(k)]=1
t("od_values", od_values)
def od_items_move():
    d = collections.OrderedDict(a=1,b=2,c=3)
    for k in d.items():
        d.move_to_end('b')
t("od_items_move", od_items_move)
def od_rev():
    d = collections.OrderedDict(a=1,b=2,c=3)
    for k in reversed(d):
        d['x']=1
t("od_rev", od_rev)
def od_pop():
    d = collections.OrderedDict(a=1,b=2,c=3)
    for k in d:
        d.popitem()
t("od_pop", od_pop)
def set_add():
    s = {1,2,3}
    for x in s: s.add(x+10)
t("set_add", set_add)
def set_discard_add():
    s = {1,2,3}
    for x in s: s.discard(x); s.add(x+100)
t("set_discard_add", set_discard_add)
def set_clear():
    s = {1,2,3}
    for x in s: s.clear()
t("set_clear", set_clear)
def dict_add():
    d = {1:1}
    for k in d: d[k+1]=1
t("dict_add", dict_add)
def dict_delins():
    d = {1:1,2:2}
    for k in d: del d[k]; d[k+10]=1
t("dict_delins", dict_delins)
def dict_keys_changed():
    d = {1:1,2:2,3:3}
    for k in d:
        d.pop(3); d[4]=4
t("dict_keys_changed", dict_keys_changed)
def dict_values():
    d = {1:1,2:2}
    for v in d.values(): d[v+5]=1
t("dict_values", dict_values)
def dict_items():
    d = {1:1,2:2}
    for v in d.items(): del d[1]
t("dict_items", dict_items)
def dict_rev():
    d = {1:1,2:2}
    for v in reversed(d): d[7]=1
t("dict_rev", dict_rev)
def dict_rev_vals():
    d = {1:1,2:2}
    for v in reversed(d.values()): d.pop(1)
t("dict_rev_vals", dict_rev_vals)
def dict_rev_items():
    d = {1:1,2:2}
    for v in reversed(d.items()): d.clear()
t("dict_rev_items", dict_rev_items)
def dict_update_same():
    d = {1:1,2:2}
    out=[]
    for k in d: d[k]=5; out.append(k)
    return out, d
t("dict_update_same", dict_update_same)
def dict_keys_clear_last():
    d = {1:1,2:2}
    out=[]
    for k in d:
        out.append(k)
        if k==2: d[3]=3
    return out
t("dict_keys_clear_last", dict_keys_clear_last)
def list_append():
    l=[1,2,3]; out=[]
    for x in l:
        out.append(x)
        if len(l)<8: l.append(x*10)
    return out, l
t("list_append", list_append)
def list_remove():
    l=[1,2,3,4,5,6]; out=[]
    for x in l:
        out.append(x); l.remove(x)
    return out, l
t("list_remove", list_remove)
def list_insert():
    l=[1,2,3]; out=[]
    for x in l:
        out.append(x)
        if len(l)<8: l.insert(0, x)
    return out, l
t("list_insert", list_insert)
def list_del():
    l=list(range(10)); out=[]
    for x in l:
        out.append(x); del l[0]
    return out, l
t("list_del", list_del)
def list_clear():
    l=list(range(10)); out=[]
    for x in l:
        out.append(x); l.clear()
    return out, l
t("list_clear", list_clear)
def list_rev_mut():
    l=list(range(10)); out=[]
    for x in reversed(l):
        out.append(x); 
        if l: l.pop(); l.pop()
    return out, l
t("list_rev_mut", list_rev_mut)
def list_rev_grow():
    l=list(range(3)); out=[]
    for x in reversed(l):
        out.append(x); l.append(9)
    return out, l
t("list_rev_grow", list_rev_grow)
def list_slice_assign():
    l=list(range(6)); out=[]
    for x in l:
        out.append(x); l[:] = l[1:]
    return out, l
t("list_slice_assign", list_slice_assign)
def list_sort_in():
    l=[3,1,2]; out=[]
    for x in l:
        out.append(x); l.sort()
    return out, l
t("list_sort_in", list_sort_in)
def list_enum():
    l=[1,2,3]; out=[]
    for i,x in enumerate(l):
        out.append((i,x))
        if i==0: l.extend([7,8])
    return out
t("list_enum", list_enum)
def list_zip():
    l=[1,2,3]; out=[]
    for a,b in zip(l,l):
        out.append((a,b)); 
        if len(l)<5: l.append(0)
    return out
t("list_zip", list_zip)
def list_iter_exhausted():
    l=[1,2]; it=iter(l); r=list(it); l.append(3); return r, list(it)
t("list_iter_exhausted", list_iter_exhausted)
def list_iter_len():
    l=[1,2,3]; it=iter(l); next(it); l.clear(); return it.__length_hint__(), list(it)
t("list_iter_len", list_iter_len)
def ba_append():
    b=bytearray(b"abc"); out=[]
    for x in b:
        out.append(x)
        if len(b)<6: b.append(x+1)
    return out, b
t("ba_append", ba_append)
def ba_clear():
    b=bytearray(b"abc"); out=[]
    for x in b:
        out.append(x); b.clear()
    return out, b
t("ba_clear", ba_clear)
def ba_del():
    b=bytearray(b"abcdef"); out=[]
    for x in b:
        out.append(x); del b[0]
    return out, b
t("ba_del", ba_del)
def arr_append():
    a=array.array('i',[1,2,3]); out=[]
    for x in a:
        out.append(x)
        if len(a)<6: a.append(x+1)
    return out, a
t("arr_append", arr_append)
def arr_pop():
    a=array.array('i',[1,2,3,4,5]); out=[]
    for x in a:
        out.append(x); a.pop(0)
    return out, a
t("arr_pop", arr_pop)
def arr_rev():
    a=array.array('d',[1,2,3,4,5]); out=[]
    for x in reversed(a):
        out.append(x); a.pop()
    return out, a
t("arr_rev", arr_rev)
def ba_rev():
    b=bytearray(b"abcdef"); out=[]
    for x in reversed(b):
        out.append(x); b.pop(); b.pop()
    return out, b
t("ba_rev", ba_rev)
def str_join_mut():
    class S(str): pass
    l=["a","b"]
    def g():
        for x in l: yield x
    return "".join(g())
t("str_join_mut", str_join_mut)
def dict_fromkeys_mut():
    s={1,2,3}
    class K:
        def __hash__(self): return 1
    return dict.fromkeys(s)
t("dict_fromkeys_mut", dict_fromkeys_mut)
def set_update_self():
    s={1,2}; s |= s; s.update(s); return s
t("set_update_self", set_update_self)
def dict_update_self():
    d={1:2}; d.update(d); d |= d; return d
t("dict_update_self", dict_update_self)
def list_extend_self():
    l=[1,2]; l.extend(l); l += l; return l
t("list_extend_self", list_extend_self)
def list_extend_iter_self():
    l=[1,2]; l.extend(iter(l)) if False else None; return l
t("list_extend_iter_self", list_extend_iter_self)
def deque_extend_self():
    d=collections.deque([1,2]); d.extend(d); d.extendleft(d); return d
t("deque_extend_self", deque_extend_self)
def arr_extend_self():
    a=array.array('b',[1,2]); a.extend(a); a+=a; return a
t("arr_extend_self", arr_extend_self)
def dict_keys_iter_after():
    d={1:1}; it=iter(d); d[2]=2
    return next(it)
t("dict_keys_iter_after", dict_keys_iter_after)
def dict_iter_after_shrink():
    d={1:1,2:2}; it=iter(d); del d[1]
    return next(it)
t("dict_iter_after_shrink", dict_iter_after_shrink)
def set_iter_after():
    s={1}; it=iter(s); s.add(2)
    return next(it)
t("set_iter_after", set_iter_after)
def set_iter_after_twice():
    s={1}; it=iter(s); s.add(2)
    try: next(it)
    except RuntimeError: pass
    return list(it)
t("set_iter_after_twice", set_iter_after_twice)
def dict_iter_after_twice():
    d={1:1}; it=iter(d); d[2]=2
    try: next(it)
    except RuntimeError: pass
    return list(it)
t("dict_iter_after_twice", dict_iter_after_twice)
def deque_iter_after_twice():
    d=collections.deque([1]); it=iter(d); d.append(2)
    try: next(it)
    except RuntimeError: pass
    return list(it)
t("deque_iter_after_twice", deque_iter_after_twice)
def od_iter_after_twice():
    d=collections.OrderedDict(a=1); it=iter(d); d['b']=2
    try: next(it)
    except RuntimeError: pass
    return list(it)
t("od_iter_after_twice", od_iter_after_twice)
def sorted_mut():
    l=[3,2,1]
    def k(x):
        l.append(x); return x
    return sorted(l, key=k)
t("sorted_mut", sorted_mut)
def sort_mut():
    l=[3,2,1]
    def k(x):
        l.append(x); return x
    l.sort(key=k); return l
t("sort_mut", sort_mut)
def sort_mut_cmp():
    class A:
        def __init__(s,v): s.v=v
        def __lt__(s,o):
            l.clear(); return s.v<o.v
        def __repr__(s): return "A%d"%s.v
    l=[A(3),A(1),A(2)]
    l.sort(); return l
t("sort_mut_cmp", sort_mut_cmp)
def dict_eq_mut():
    class K:
        def __init__(s,v): s.v=v
        def __hash__(s): return 0
        def __eq__(s,o):
            d.clear(); return False
    d={K(1):1, K(2):2}
    return K(3) in d
t("dict_eq_mut", dict_eq_mut)
def list_index_mut():
    class E:
        def __eq__(s,o): l.clear(); return False
    l=[1,2,3,E()]
    return l.index(E()) if False else (E() in l, l)
t("list_index_mut", list_index_mut)
def list_count_mut():
    class E:
        def __eq__(s,o): l.clear(); return False
    l=[1,2,3]
    return l.count(E()), l
t("list_count_mut", list_count_mut)
def list_remove_mut():
    class E:
        def __eq__(s,o): l.clear(); return False
    l=[1,2,3]
    l.remove(E())
t("list_remove_mut", list_remove_mut)
def list_eq_mut():
    class E:
        def __eq__(s,o): a.clear(); return True
    a=[E(),E(),E()]; b=[1,2,3]
    return a==b
t("list_eq_mut", list_eq_mut)
def list_lt_mut():
    class E:
        def __eq__(s,o): a.clear(); return False
        def __lt__(s,o): return True
    a=[E(),E(),E()]; b=[1,2,3]
    return a<b
t("list_lt_mut", list_lt_mut)
def deque_eq_mut():
    class E:
        def __eq__(s,o): a.clear(); return True
    a=collections.deque([E(),E()]); b=collections.deque([1,2])
    return a==b
t("deque_eq_mut", deque_eq_mut)
def deque_index_mut():
    class E:
        def __eq__(s,o): a.clear(); return False
    a=collections.deque([1,2,3])
    return a.index(E())
t("deque_index_mut", deque_index_mut)
def deque_count_mut():
    class E:
        def __eq__(s,o): a.append(1); return False
    a=collections.deque([1,2,3])
    return a.count(E())
t("deque_count_mut", deque_count_mut)
def deque_remove_mut():
    class E:
        def __eq__(s,o): a.append(1); return False
    a=collections.deque([1,2,3])
    return a.remove(E())
t("deque_remove_mut", deque_remove_mut)
def deque_contains_mut():
    class E:
        def __eq__(s,o): a.append(1); return False
    a=collections.deque([1,2,3])
    return E() in a
t("deque_contains_mut", deque_contains_mut)
def dict_eq_dict_mut():
    class E:
        def __eq__(s,o): a.clear(); return True
        def __hash__(s): return 1
    a={1:E(),2:E()}; b={1:1,2:2}
    return a==b
t("dict_eq_dict_mut", dict_eq_dict_mut)
def set_eq_mut():
    class E:
        def __eq__(s,o): a.clear(); return True
        def __hash__(s): return 1
    a={E()}; b={E()}
    return a==b, a<=b
t("set_eq_mut", set_eq_mut)
