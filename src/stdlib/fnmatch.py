"""Unix shell-style wildcards, as CPython 3.11's fnmatch: fnmatch, fnmatchcase, filter and
translate. '*' matches anything, '?' one character, '[seq]' / '[!seq]' a character in or out of
a set. Matching is done here directly (no regular expressions); translate() gives the same
regular expression text as python3."""

import os

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = '*'
_ANY = '?'
_RE_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c"
_cache = {}


class _CharSet:
    """A bracket expression: literal characters and (low, high) ranges, maybe negated."""

    def __init__(self, negated, chars, ranges):
        self.negated = negated
        self.chars = chars
        self.ranges = ranges

    def matches(self, c):
        found = c in self.chars
        if not found:
            for lo, hi in self.ranges:
                if lo <= c <= hi:
                    found = True
                    break
        return found != self.negated


class _Never:
    def matches(self, c):
        return False


def _regex_escape(c):
    return '\\' + c if c in _RE_SPECIAL else c


def _bracket(pat, i, j):
    """The bracket expression pat[i:j] (without the brackets) as (regex text, matcher)."""
    stuff = pat[i:j]
    if '-' not in stuff:
        chunks = [stuff]
        text = stuff.replace('\\', '\\\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # A range whose ends are reversed is empty: drop it with its two ends.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        text = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-') for s in chunks)
    text = ''.join('\\' + c if c in '&~|' else c for c in text)
    if not text:
        return '(?!)', _Never()
    if text == '!':
        return '.', None
    chars = []
    ranges = []
    last = len(chunks) - 1
    for n, chunk in enumerate(chunks):
        start = 1 if n > 0 else 0
        end = len(chunk) - 1 if n < last else len(chunk)
        chars.extend(chunk[start:end])
        if n > 0:
            ranges.append((chunks[n - 1][-1], chunk[0]))
    negated = False
    if text[0] == '!':
        negated = True
        text = '^' + text[1:]
        chars.remove('!')
    elif text[0] in ('^', '['):
        text = '\\' + text
    return '[' + text + ']', _CharSet(negated, set(chars), ranges)


def _parse(pat):
    """The pattern as a list of (regex text, matcher) items; the matcher is _STAR, _ANY, a
    character, or an object with matches(c)."""
    items = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not items or items[-1][1] is not _STAR:
                items.append(('*', _STAR))
        elif c == '?':
            items.append(('.', _ANY))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                items.append(('\\[', '['))
            else:
                text, matcher = _bracket(pat, i, j)
                items.append((text, _ANY if matcher is None else matcher))
                i = j + 1
        else:
            items.append((_regex_escape(c), c))
    return items


def _latin1(data):
    """bytes read as Latin-1: one character per byte."""
    return ''.join([chr(b) for b in data])


def _compile(pat):
    """The matchers of pat (str, or bytes read as Latin-1), cached."""
    key = (type(pat), pat)
    matchers = _cache.get(key)
    if matchers is None:
        text = _latin1(pat) if isinstance(pat, bytes) else pat
        if len(_cache) >= 32768:
            _cache.clear()
        matchers = [m for _t, m in _parse(text)]
        _cache[key] = matchers
    return matchers


def _one(m, c):
    if m is _ANY:
        return True
    if isinstance(m, str):
        return m == c
    return m.matches(c)


def _match(matchers, name):
    ti = ni = 0
    star = -1
    star_ni = 0
    nt = len(matchers)
    nn = len(name)
    while ni < nn:
        if ti < nt and matchers[ti] is _STAR:
            star = ti
            star_ni = ni
            ti += 1
        elif ti < nt and _one(matchers[ti], name[ni]):
            ti += 1
            ni += 1
        elif star >= 0:
            ti = star + 1
            star_ni += 1
            ni = star_ni
        else:
            return False
    while ti < nt and matchers[ti] is _STAR:
        ti += 1
    return ti == nt


def _check_path(value):
    if not isinstance(value, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(value).__name__)
    return value


def _subject(name, pat):
    """name as text to match against pat, with re's errors when their types disagree."""
    if isinstance(pat, bytes):
        if isinstance(name, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if isinstance(name, bytes):
            return _latin1(name)
    elif isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    elif isinstance(name, str):
        return name
    raise TypeError("expected string or bytes-like object, got '%s'" % type(name).__name__)


def fnmatch(name, pat):
    """Whether name matches pat (case-sensitive on POSIX, like the file system)."""
    return fnmatchcase(_check_path(name), _check_path(pat))


def fnmatchcase(name, pat):
    """Whether name matches pat, always case-sensitively."""
    matchers = _compile(pat)
    return _match(matchers, _subject(name, pat))


def filter(names, pat):
    """The names in names that match pat."""
    matchers = _compile(_check_path(pat))
    result = []
    for name in names:
        if _match(matchers, _subject(name, pat)):
            result.append(name)
    return result


def translate(pat):
    """The regular expression (as text) that matches what pat matches."""
    items = _parse(pat)
    res = []
    i, n = 0, len(items)
    while i < n and items[i][1] is not _STAR:
        res.append(items[i][0])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and items[i][1] is not _STAR:
            fixed.append(items[i][0])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(res) + ')\\Z'
