from collections import UserDict, UserList, UserString
import collections, math
class D(UserDict):
    def __missing__(self, key):
        return key * 2
d = D({'a': 1}, b=2)
print(d, d['zz'], len(d), 'a' in d, d.get('q', 0), d | {'c': 3}, {'x': 0} | d, type(d | {}).__name__)
d2 = d.copy(); d2['n'] = 1; print(d, d2, type(d2).__name__, D.fromkeys('ab', 0))
print(isinstance(d, collections.abc.MutableMapping), list(d.items()), d.pop('a'), d)
l = UserList([3, 1, 2])
l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, l == [0, 1, 2, 3], l < [5])
l += (7,); print(l, l.index(7), l.count(1), len(l), 3 in l, list(reversed(l)))
s = UserString('Hello')
print(s.upper(), s[1:3], type(s[1:3]).__name__, s + '!', '>' + s, s * 2, s.split('l'), 'ell' in s, s == 'Hello', hash(s) == hash('Hello'), s.replace('l', 'L'), s.center(9, '*'), s.find('l'), s.zfill(8))
print(repr(s), str(s), len(s), sorted(UserString('cab')), s < 'Z', '%s-%s' % (s, 1), s % () if False else '')
print(math.copysign(1, float('-nan')), math.copysign(1, float('+nan')), float('-inf'), float(' -Infinity '))
for bad in ['--inf', '+-nan', 'nan1', '-', '']:
    try: float(bad)
    except ValueError as e: print(e)
