"""Internationalization and localization support.

Message catalogs in GNU gettext's compiled .mo format: translation() finds the catalogs of a
domain for the user's languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) under a locale directory
and returns a GNUTranslations (or, with fallback=True, a NullTranslations that returns messages
unchanged); install() puts its gettext into builtins as _(). Plural choices follow the catalog's
Plural-Forms C expression, translated once into a Python function (c2py).
"""

import operator
import os
import re
import sys

__all__ = ('NullTranslations GNUTranslations Catalog bindtextdomain find translation install '
           'textdomain dgettext dngettext gettext ngettext pgettext dpgettext npgettext '
           'dnpgettext').split()

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')

# -- Plural-Forms expressions -------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<SPACE>[ \t]+)|(?P<NUMBER>[0-9]+\b)|(?P<NAME>n\b)|(?P<PAREN>[()])"
    r"|(?P<OP>[-*/%+?:]|[><!]=?|==|&&|\|\|)|(?P<BAD>\w+|.)",
    re.DOTALL)

# Binding strength of C's binary operators (higher binds tighter).
_STRENGTH = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
             '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_PYTHON_OP = {'||': 'or', '&&': 'and', '/': '//'}
_COMPARISON = (3, 4)


def _tokens(text):
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == 'SPACE':
            continue
        if kind == 'BAD':
            raise ValueError('invalid token in plural form: %s' % m.group())
        yield m.group()
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    """C expression to Python source, keeping C's grouping: comparisons do not chain, and
    the conditional operator is right-associative."""

    def __init__(self, text):
        self.tokens = _tokens(text)

    def expression(self, floor=-1):
        token = next(self.tokens)
        prefix = ''
        while token == '!':
            prefix += 'not '
            token = next(self.tokens)
        if token == '(':
            inner, token = self.expression()
            if token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            code = '%s(%s)' % (prefix, inner)
        elif token == 'n':
            code = prefix + 'n'
        else:
            try:
                code = '%s%d' % (prefix, int(token, 10))
            except ValueError:
                raise _unexpected(token) from None
        token = next(self.tokens)
        last = 100
        while token in _STRENGTH:
            strength = _STRENGTH[token]
            if strength < floor:
                break
            if strength in _COMPARISON and last in _COMPARISON:
                code = '(%s)' % code
            right, following = self.expression(strength + 1)
            code = '%s %s %s' % (code, _PYTHON_OP.get(token, token), right)
            token = following
            last = strength
        if last == floor == 4:
            code = '(%s)' % code
        if token == '?' and floor <= 0:
            chosen, token = self.expression(0)
            if token != ':':
                raise _unexpected(token)
            other, token = self.expression()
            code = '%s if %s else %s' % (chosen, code, other)
            if floor == 0:
                code = '(%s)' % code
        return code, token


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    import warnings
    # Warn on behalf of the first caller outside this module.
    frame = sys._getframe(1)
    level = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        level += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, level)
    return n


def c2py(plural):
    """The plural rule of a catalog (a C expression of n, from its Plural-Forms header) as a
    Python function of n."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        code, rest = _PluralParser(plural).expression()
        if rest:
            raise _unexpected(rest)
        depth = 0
        for ch in code:
            if ch == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif ch == ')':
                depth -= 1
        scope = {'_as_int': _as_int, '__name__': __name__}
        source = ('def func(n):\n'
                  '    if not isinstance(n, int):\n'
                  '        n = _as_int(n)\n'
                  '    return int(%s)\n' % code)
        exec(source, scope)
        return scope['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# -- locale names -------------------------------------------------------------------------------

def _expand_lang(loc):
    """The names to look a catalog up under for locale *loc*, most specific first: every
    combination of its language with or without territory, codeset and modifier."""
    import locale
    loc = locale.normalize(loc)
    modifier = codeset = territory = ''
    present = []
    at = loc.find('@')
    if at >= 0:
        loc, modifier = loc[:at], loc[at:]
    dot = loc.find('.')
    if dot >= 0:
        loc, codeset = loc[:dot], loc[dot:]
    under = loc.find('_')
    if under >= 0:
        loc, territory = loc[:under], loc[under:]
    parts = [(1, codeset), (2, territory), (4, modifier)]
    mask = sum(bit for bit, text in parts if text)
    names = []
    for combo in range(mask + 1):
        if combo & ~mask:
            continue
        name = loc
        if combo & 2:
            name += territory
        if combo & 1:
            name += codeset
        if combo & 4:
            name += modifier
        names.append(name)
    names.reverse()
    return names


# -- catalogs -----------------------------------------------------------------------------------

def _pick(msgid1, msgid2, n):
    return msgid1 if n == 1 else msgid2


class NullTranslations:
    """A catalog that translates nothing (but defers to its fallback, if any)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)  # at the end of the chain
        else:
            self._fallback = fallback

    def gettext(self, message):
        fb = self._fallback
        if fb:
            return fb.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        fb = self._fallback
        if fb:
            return fb.ngettext(msgid1, msgid2, n)
        return _pick(msgid1, msgid2, n)

    def pgettext(self, context, message):
        fb = self._fallback
        if fb:
            return fb.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        fb = self._fallback
        if fb:
            return fb.npgettext(context, msgid1, msgid2, n)
        return _pick(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order, format major version 0 or 1)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    # The key of a message with a context: context, EOT, message.
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """(major, minor) of a .mo format version number."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read the catalog from binary file *fp* (subclasses may read other formats)."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        magic = unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, ids_at, strs_at = unpack(order + '4I', data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for _ in range(count):
            id_len, id_off = unpack(pair, data[ids_at:ids_at + 8])
            str_len, str_off = unpack(pair, data[strs_at:strs_at + 8])
            ids_at += 8
            strs_at += 8
            if id_off + id_len >= size or str_off + str_len >= size:
                raise OSError(0, 'File is corrupt', filename)
            msg = data[id_off:id_off + id_len]
            tmsg = data[str_off:str_off + str_len]
            if id_len == 0:
                self._read_header(tmsg)
            encoding = self._charset or 'ascii'
            if b'\x00' in msg:
                singular, _plural = msg.split(b'\x00')
                singular = singular.decode(encoding)
                for index, text in enumerate(tmsg.split(b'\x00')):
                    catalog[(singular, index)] = text.decode(encoding)
            else:
                catalog[msg.decode(encoding)] = tmsg.decode(encoding)

    def _read_header(self, text):
        """The metadata entry (the translation of ""): RFC 822 style fields."""
        previous = None
        for raw in text.split(b'\n'):
            line = raw.decode().strip()
            if not line:
                continue
            # Lines msgcat adds between merged headers.
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                continue
            field = value = None
            if ':' in line:
                field, value = line.split(':', 1)
                field = field.strip().lower()
                value = value.strip()
                self._info[field] = value
                previous = field
            elif previous:
                self._info[previous] += '\n' + line
            if field == 'content-type':
                self._charset = value.split('charset=')[1]
            elif field == 'plural-forms':
                rule = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def _lookup(self, key):
        catalog = self._catalog
        if key in catalog:
            return catalog[key]
        return catalog.get((key, self.plural(1)), None)

    def gettext(self, message):
        found = self._lookup(message)
        if found is not None:
            return found
        fb = self._fallback
        if fb:
            return fb.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            fb = self._fallback
            if fb:
                return fb.ngettext(msgid1, msgid2, n)
            return _pick(msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not None:
            return found
        fb = self._fallback
        if fb:
            return fb.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[key, self.plural(n)]
        except KeyError:
            fb = self._fallback
            if fb:
                return fb.npgettext(context, msgid1, msgid2, n)
            return _pick(msgid1, msgid2, n)


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file for *domain* in the first of *languages* that has one (every
    such path, in order, when *all*), or None (an empty list)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            setting = os.environ.get(variable)
            if setting:
                languages = setting.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = [] if all else None
    for lang in candidates:
        if lang == 'C':
            break
        path = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found


# Catalogs already read, by (class, absolute path).
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog for *domain*: the first .mo file found, with the others as its fallbacks."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    first = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        catalog = _translations.get(key)
        if catalog is None:
            with open(path, 'rb') as fp:
                catalog = _translations.setdefault(key, class_(fp))
        # Each result gets its own fallback chain.
        catalog = copy.copy(catalog)
        if first is None:
            first = catalog
        else:
            first.add_fallback(catalog)
    return first


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is None:
        return _localedirs.get(domain, _default_localedir)
    _localedirs[domain] = localedir
    return localedir


def _catalog_of(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _catalog_of(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _catalog_of(domain)
    return _pick(msgid1, msgid2, n) if t is None else t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _catalog_of(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _catalog_of(domain)
    return _pick(msgid1, msgid2, n) if t is None else t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
