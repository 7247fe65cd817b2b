# deque: which operations count as a change for its iterators (append, pop, rotate, clear... but
# not d[i] = x nor reverse()), the errors of searches and comparisons whose __eq__ changes it,
# construction through __init__, subclasses, repetition (issue 18).
import collections
ops = {
 'reverse': lambda d: d.reverse(),
 'rotate0': lambda d: d.rotate(0),
 'rotate3': lambda d: d.rotate(3),
 'rotate-1': lambda d: d.rotate(-1),
 'extend_empty': lambda d: d.extend([]),
 'extend1': lambda d: d.extend([1]),
 'extendleft1': lambda d: d.extendleft([1]),
 'remove': lambda d: d.remove(2),
 'remove_missing': lambda d: d.remove(9) if 9 in d else None,
 'clear': lambda d: d.clear(),
 'iadd_empty': lambda d: d.__iadd__([]),
 'imul0': lambda d: d.__imul__(0),
 'imul1': lambda d: d.__imul__(1),
 'imul2': lambda d: d.__imul__(2),
 'setitem': lambda d: d.__setitem__(0, 5),
 'delitem0': lambda d: d.__delitem__(0),
 'delitem-1': lambda d: d.__delitem__(-1),
 'insert0': lambda d: d.insert(0, 1),
 'insert_end': lambda d: d.insert(10, 1),
 'pop': lambda d: d.pop(),
 'popleft': lambda d: d.popleft(),
 'append': lambda d: d.append(1),
 'appendleft': lambda d: d.appendleft(1),
 'init': lambda d: d.__init__([1,2,3]),
 'init_empty': lambda d: d.__init__(),
 'copy': lambda d: d.copy(),
}
for name, op in ops.items():
    for n in (0, 1, 3):
        d = collections.deque(range(1, n+1))
        for rev in (False, True):
            d = collections.deque(range(1, n+1))
            it = reversed(d) if rev else iter(d)
            try:
                op(d)
            except Exception as e:
                print(name, n, rev, "op", type(e).__name__)
            try:
                r = list(it)
                print(name, n, rev, "ok", r)
            except RuntimeError as e:
                print(name, n, rev, "RE", e)
d = collections.deque([1,2,3], maxlen=3)
it = iter(d); d.append(4); 
try: list(it)
except RuntimeError as e: print("maxlen append", e)
d = collections.deque([1,2,3], maxlen=2)
it = iter(d); print(it.__length_hint__()); next(it); print(it.__length_hint__())
it = iter(d); d.append(5); print(it.__length_hint__())
print(type(iter(d)).__name__, type(reversed(d)).__name__)

def t(name, f):
    try: print(name, "ok", f())
    except Exception as e: print(name, type(e).__name__, e)
def m():
    d=collections.deque([1,2,3]); it=iter(d); list(it); d.append(4); return next(it)
t("deque_exh", m)
def n():
    d=collections.deque([1,2,3]); it=iter(d); next(it); d[1]=7; return list(it)
t("deque_set", n)
def o():
    d=collections.deque([1,2,3]); it=iter(d); next(it); d.append(4); d.pop(); return list(it)
t("deque_appop", o)
def p():
    d=collections.deque([1,2,3]); it=iter(d); d.extend([]); d.rotate(0); d.reverse(); return list(it)
t("deque_noops", p)
def q():
    d=collections.deque([1,2,3],maxlen=3); it=iter(d); d.remove(2); return list(it)
t("deque_remove", q)
def r():
    d=collections.deque([1,2,3]); it=iter(d); d.insert(1,5); return list(it)
t("deque_insert", r)
def s():
    d=collections.deque([1,2,3]); it=iter(d); del d[1]; return list(it)
t("deque_del", s)
def s2():
    d=collections.deque([1,2,3]); it=iter(d); d.copy(); d.count(1); d.index(1); 1 in d; d==d; d.__iadd__([]); return list(it), it.__length_hint__()
t("deque_ro", s2)
def s3():
    d=collections.deque([1,2,3]); it=iter(d); d.clear(); return list(it)
t("deque_clear", s3)
def s4():
    d=collections.deque([]); it=iter(d); d.clear(); d.rotate(3); d.reverse(); return list(it)
t("deque_clear_empty", s4)
def s5():
    d=collections.deque([1]); it=iter(d); d.rotate(3);  return list(it)
t("deque_rot1", s5)
def s6():
    d=collections.deque([1,2]); it=iter(d); d.rotate(2);  return list(it)
t("deque_rot_full", s6)
def s7():
    d=collections.deque([1,2]); it=iter(d); d.__init__([5,6]);  return list(it)
t("deque_init", s7)
def s8():
    d=collections.deque([1,2]); it=iter(d); d *= 1;  return list(it)
t("deque_imul", s8)
def s9():
    d=collections.deque([1,2]); it=iter(d); d += d;  return list(it)
t("deque_iadd", s9)
def s10():
    d=collections.deque([1,2]); it=iter(d); d.extendleft([]); d.extend(());  return list(it)
t("deque_ext_empty", s10)
def s11():
    d=collections.deque([1,2]); it=reversed(d); next(it); d[0]=1; return list(it), type(it).__name__
t("deque_rev_set", s11)
def s12():
    d=collections.deque([1,2],maxlen=0); it=iter(d); d.append(1); return list(it)
t("deque_max0", s12)
class D(collections.deque):
    def __init__(self, a, b):
        super().__init__([a, b])
d = D(1, 2); print(d)
d = collections.deque([1,2,3]); d.__init__([4]); print(d)
d = collections.deque([1,2,3]); print(d*2, 2*d); d*=2; print(d)
print(collections.deque([1,2]) < collections.deque([1,3]))
print(collections.deque([1,2,3], 2))
