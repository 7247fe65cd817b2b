# UserDict/UserList/UserString: every operator and method against python3, subclass results,
# __missing__, copy/copy.copy/deepcopy with extra attributes, reprs, errors, comparisons, pickling.
import copy

from collections import UserDict, UserList, UserString


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- UserDict
d = UserDict({'a': 1}, b=2)
print(d, repr(d), len(d), list(d), 'a' in d, 'z' in d, d.get('a'), d.get('z'), d.get('z', 9))
attempt('missing', lambda: d['z'])
d['c'] = 3
del d['a']
attempt('del missing', lambda: d.__delitem__('a'))
print(d, d.keys(), d.values(), d.items(), d == {'b': 2, 'c': 3}, d != {'b': 2})
print(d | {'x': 1}, type(d | {'x': 1}).__name__, {'x': 1} | d, type({'x': 1} | d).__name__, d | UserDict(y=5))
attempt('or list', lambda: d | [1])
attempt('ror list', lambda: [1] | d)
d |= {'q': 0}
d |= UserDict(r=1)
print(d, d.pop('q'), d.popitem(), d.setdefault('s', 7), d)
d.update([('t', 1)], u=2)
print(d, UserDict.fromkeys('xy'), UserDict.fromkeys('xy', 0), UserDict(), UserDict(dict={'k': 1}))
attempt('two positional', lambda: UserDict({}, {}))
d.clear()
print(d, bool(d))


class Dflt(UserDict):
    def __missing__(self, key):
        return len(str(key))


class Tracked(UserDict):
    def __init__(self, *a, **k):
        self.log = []
        super().__init__(*a, **k)

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


m = Dflt(a=1)
print(m['hello'], 'hello' in m, m.get('hello'), m.get('hello', 'dflt'))
t = Tracked({'a': 1}, b=2)
t.update(c=3)
t2 = t.copy()
t3 = copy.copy(t)
t4 = copy.deepcopy(t)
t2['z'] = 0
print(t.log, t2.log, type(t2).__name__, t, t2, t3, t4, t3.data is t.data, t3.log is t.log)
u = UserDict(a=[1])
u2 = u.copy()
u3 = copy.copy(u)
print(type(u2).__name__, u2.data is u.data, u2['a'] is u['a'], u3.data is u.data)
print(type(Tracked.fromkeys('ab')).__name__, Tracked.fromkeys('ab').log)

# ---- UserList
a = UserList([3, 1, 2])
b = UserList(a)
c = UserList((5, 4))
print(a, repr(a), b, b.data is a.data, c, UserList(), UserList('ab'), UserList(range(3)))
print(a < b, a <= b, a == b, a != b, a > [3], a >= [3, 1, 2], a == [3, 1, 2], a < c, [3, 1, 2] == a)
attempt('lt int', lambda: a < 3)
attempt('hash', lambda: hash(a))
print(2 in a, 7 in a, len(a), a[0], a[-1], a[1:], type(a[1:]).__name__, a[::-1])
attempt('index out', lambda: a[10])
print(a + b, a + [9], a + (8,), [7] + a, (6,) + a if False else '', type([7] + a).__name__, a * 2, 2 * a, a * 0)
attempt('radd tuple', lambda: (6,) + a)
attempt('add int', lambda: a + 1)
x = UserList([1])
x += [2]
x += UserList([3])
x += (4,)
x *= 2
print(x, type(x).__name__)
x[0] = 'z'
x[1:3] = ['p', 'q', 'r']
del x[-1]
print(x)
x.append(5)
x.insert(0, 'first')
print(x.pop(), x.pop(0), x)
x.remove('z')
attempt('remove missing', lambda: x.remove('nope'))
print(x, x.count(4), x.count('q'), x.index('q'), x.index('r', 2))
attempt('index from', lambda: x.index('p', 3))
attempt('index missing', lambda: x.index('nope'))
y = UserList([3, 1, 2])
y.sort()
print(y)
y.sort(reverse=True)
print(y)
y.sort(key=lambda v: -v)
y.reverse()
print(y)
y.extend([9])
y.extend(UserList([8]))
y.extend(iter([7]))
print(y, y.copy(), type(y.copy()).__name__, copy.copy(y), copy.deepcopy(y))
y.clear()
print(y, list(reversed(UserList('abc'))), sum(UserList([1, 2])), sorted(UserList([2, 1])))


class Tagged(UserList):
    tag = 'cls'


tg = Tagged([1, 2])
tg.tag = 'inst'
print(type(tg[:1]).__name__, type(tg + [1]).__name__, type(tg * 2).__name__, copy.copy(tg).tag, tg.copy().tag)


# ---- UserString
s = UserString('Hello World')
print(s, repr(s), str(s), len(s), s[0], type(s[0]).__name__, s[1:4], s[::-1], list(UserString('ab')))
print(UserString(12), UserString(UserString('w')), UserString([1]), UserString(None))
print(int(UserString('42')), float(UserString('2.5')), complex(UserString('1+2j')), hash(s) == hash('Hello World'))
print(s == 'Hello World', s == UserString('Hello World'), s != 'x', s < 'I', s <= s, s > UserString('A'), s >= 'Hello')
print(s == 5, 'World' in s, UserString('lo') in s, 'xyz' in s)
attempt('lt int', lambda: s < 5)
attempt('contains int', lambda: 5 in s)
print(s + '!', s + UserString('?'), s + 5, '>' + s, 5 + s if False else '', type('>' + s).__name__, s * 2, 3 * UserString('ab'))
attempt('radd int', lambda: 5 + s)
print(UserString('%s=%d') % ('x', 3), '[%s]' % UserString('v'), UserString('%s').__rmod__(UserString('a%s')))
for name, args in [('capitalize', ()), ('casefold', ()), ('center', (15,)), ('center', (15, '*')),
                   ('count', ('o',)), ('count', (UserString('l'), 3)), ('count', ('l', 0, 4)),
                   ('removeprefix', ('Hel',)), ('removeprefix', (UserString('He'),)),
                   ('removesuffix', ('ld',)), ('encode', ()), ('encode', ('ascii',)),
                   ('encode', (None, None)), ('endswith', ('ld',)), ('endswith', (('x', 'd'),)),
                   ('endswith', ('o', 0, 5)), ('expandtabs', ()), ('find', ('o',)), ('find', (UserString('o'), 5)),
                   ('find', ('q',)), ('format', ()), ('format_map', ({},)), ('index', ('W',)), ('index', ('q',)),
                   ('isalpha', ()), ('isalnum', ()), ('isascii', ()), ('isdecimal', ()), ('isdigit', ()),
                   ('isidentifier', ()), ('islower', ()), ('isnumeric', ()), ('isprintable', ()), ('isspace', ()),
                   ('istitle', ()), ('isupper', ()), ('join', (['a', 'b'],)), ('ljust', (14, '.')), ('lower', ()),
                   ('lstrip', ('H',)), ('lstrip', ()), ('partition', ('o',)), ('replace', ('l', 'L')),
                   ('replace', (UserString('l'), UserString('_'), 2)), ('rfind', ('o',)), ('rfind', (UserString('o'),)),
                   ('rindex', ('o',)), ('rindex', ('q',)), ('rjust', (14,)), ('rpartition', ('o',)), ('rstrip', ('d',)),
                   ('split', ()), ('split', ('o',)), ('split', ('o', 1)), ('rsplit', ('o', 1)), ('splitlines', ()),
                   ('startswith', ('He',)), ('startswith', ('W', 6)), ('strip', ('Hd',)), ('swapcase', ()),
                   ('title', ()), ('translate', ({ord('o'): '0'},)), ('upper', ()), ('zfill', (15,)),
                   ('upper', (1,)), ('center', ()), ('index', (UserString('W'),)), ('strip', (UserString('H'),))]:
    attempt(name, lambda: getattr(s, name)(*args))
print(UserString('a\nb\r\nc').splitlines(True), UserString('a\tb').expandtabs(4), UserString('{0}-{x}').format(1, x=2))
print(UserString('{x}').format_map({'x': 5}), UserString.maketrans('ab', 'xy'), s.isdigit(), UserString('12').isdigit())
print(s.split(maxsplit=1), s.rsplit(sep='o'), s.splitlines(keepends=True), s.encode(errors='ignore'))
print(sorted(UserString('cab')), list(reversed(s))[:3], s.index('o'), s.count('l'))


class Shout(UserString):
    pass


sh = Shout('hi')
print(type(sh.upper()).__name__, type(sh + 'x').__name__, type(sh[0]).__name__, type(sh * 2).__name__,
      type(sh % ()).__name__, type(sh.strip()).__name__, type(copy.copy(sh)).__name__, sh.upper())
print(copy.deepcopy(sh), sh.__getnewargs__())
print(UserString.upper.__qualname__, UserList.__lt__.__qualname__, UserDict.__module__, UserList.__module__, UserString.__module__)
attempt('upper args', lambda: s.upper(1))
