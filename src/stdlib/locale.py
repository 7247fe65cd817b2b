"""The locale module for gilpy: the process's locale settings per category, kept here.

gilpy knows the locales every C library has: "C" (also spelled "POSIX") and "C.UTF-8" (also
"C.utf8"). Asking for any other locale raises locale.Error('unsupported locale setting'), as
python3 does for a locale that is not installed. At start-up LC_CTYPE is "C.UTF-8" (python3
coerces the C locale to it, PEP 538) and the other categories are "C"; setlocale(cat, '') reads
LC_ALL, LC_<category> and LANG from the environment.

The conventions (localeconv, nl_langinfo) are those of the C locale, which C.UTF-8 shares apart
from its character set; the formatting functions (format_string, currency, str, atof, ...) apply
whatever localeconv() gives, so they behave as python3's under these locales.
"""

import os as _os
import re as _re
import sys

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'resetlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL',
           'CHAR_MAX', 'getencoding', 'LC_MESSAGES', 'nl_langinfo']

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = 'locale'

CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

# glibc's categories in the order its composite LC_ALL name lists them; the last six have no
# Python constant but are part of that name.
_CATEGORY_ORDER = (('LC_CTYPE', LC_CTYPE), ('LC_NUMERIC', LC_NUMERIC), ('LC_TIME', LC_TIME),
                   ('LC_COLLATE', LC_COLLATE), ('LC_MONETARY', LC_MONETARY), ('LC_MESSAGES', LC_MESSAGES),
                   ('LC_PAPER', 7), ('LC_NAME', 8), ('LC_ADDRESS', 9), ('LC_TELEPHONE', 10),
                   ('LC_MEASUREMENT', 11), ('LC_IDENTIFICATION', 12))
_CATEGORY_NAMES = dict((number, name) for name, number in _CATEGORY_ORDER)

# The locale names the C library accepts, and the name each is kept under.
_KNOWN = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.utf8'}


def _from_environment(category_name):
    """The locale setlocale(category, '') picks: LC_ALL, then the category's variable, then LANG."""
    for var in ('LC_ALL', category_name, 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _start_state():
    state = {number: 'C' for _, number in _CATEGORY_ORDER}
    # python3 sets LC_CTYPE from the environment at start-up and turns the C locale into C.UTF-8
    # unless LC_ALL is set.
    ctype = _KNOWN.get(_from_environment('LC_CTYPE'))
    if ctype is None or (ctype == 'C' and not _os.environ.get('LC_ALL')):
        ctype = 'C.UTF-8'
    state[LC_CTYPE] = ctype
    return state


_state = _start_state()


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, '
                        'encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def _composite_name():
    names = [_state[number] for _, number in _CATEGORY_ORDER]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join(f'{name}={_state[number]}' for name, number in _CATEGORY_ORDER)


def setlocale(category, locale=None):
    """Sets the locale of category (if locale is given) and returns the category's setting."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if not isinstance(category, int) or (category not in _CATEGORY_NAMES and category != LC_ALL):
        raise Error('unsupported locale setting')
    if locale is None:
        return _composite_name() if category == LC_ALL else _state[category]
    targets = [number for _, number in _CATEGORY_ORDER] if category == LC_ALL else [category]
    chosen = {}
    for number in targets:
        wanted = locale or _from_environment(_CATEGORY_NAMES[number])
        known = _KNOWN.get(wanted)
        if known is None:
            raise Error('unsupported locale setting')
        chosen[number] = known
    _state.update(chosen)
    return _composite_name() if category == LC_ALL else _state[category]


def _c_conventions():
    none = CHAR_MAX
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': none,
            'frac_digits': none, 'p_cs_precedes': none, 'p_sep_by_space': none, 'n_cs_precedes': none,
            'n_sep_by_space': none, 'p_sign_posn': none, 'n_sign_posn': none, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def localeconv():
    """The numeric and monetary conventions of the current locale, as a dict."""
    return _c_conventions()


def strcoll(a, b):
    """Compares two strings by the collation of LC_COLLATE (code point order in the C locales)."""
    if not isinstance(a, _builtin_str):
        raise TypeError(f'strcoll() argument 1 must be str, not {type(a).__name__}')
    if not isinstance(b, _builtin_str):
        raise TypeError(f'strcoll() argument 2 must be str, not {type(b).__name__}')
    return (a > b) - (a < b)


def strxfrm(string):
    """The key that sorts as strcoll compares (the string itself in the C locales)."""
    if not isinstance(string, _builtin_str):
        raise TypeError(f'strxfrm() argument must be str, not {type(string).__name__}')
    return string


_LANGINFO = {
    'CODESET': 14, 'D_T_FMT': 131112, 'D_FMT': 131113, 'T_FMT': 131114, 'T_FMT_AMPM': 131115,
    'AM_STR': 131110, 'PM_STR': 131111, 'RADIXCHAR': 65536, 'THOUSEP': 65537, 'YESEXPR': 327680,
    'NOEXPR': 327681, 'CRNCYSTR': 262159, 'ERA': 131116, 'ERA_D_T_FMT': 131120, 'ERA_D_FMT': 131118,
    'ERA_T_FMT': 131121, 'ALT_DIGITS': 131119,
}
_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December')
for _i in range(7):
    _LANGINFO[f'DAY_{_i + 1}'] = 131079 + _i
    _LANGINFO[f'ABDAY_{_i + 1}'] = 131072 + _i
for _i in range(12):
    _LANGINFO[f'MON_{_i + 1}'] = 131098 + _i
    _LANGINFO[f'ABMON_{_i + 1}'] = 131086 + _i
globals().update(_LANGINFO)

_LANGINFO_VALUES = {
    D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p',
    AM_STR: 'AM', PM_STR: 'PM', RADIXCHAR: '.', THOUSEP: '', YESEXPR: '^[yY]', NOEXPR: '^[nN]',
    CRNCYSTR: '-', ERA: '', ERA_D_T_FMT: '', ERA_D_FMT: '', ERA_T_FMT: '', ALT_DIGITS: '',
}
for _i in range(7):
    _LANGINFO_VALUES[131079 + _i] = _DAYS[_i]
    _LANGINFO_VALUES[131072 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO_VALUES[131098 + _i] = _MONTHS[_i]
    _LANGINFO_VALUES[131086 + _i] = _MONTHS[_i][:3]
del _i


def nl_langinfo(key):
    """One item of the current locale's information (the nl_langinfo constants)."""
    if not isinstance(key, int):
        raise TypeError(f"'{type(key).__name__}' object cannot be interpreted as an integer")
    if key == CODESET:
        return 'ANSI_X3.4-1968' if _state[LC_CTYPE] == 'C' else 'UTF-8'
    try:
        return _LANGINFO_VALUES[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None


def _group_digits(digits, monetary):
    """Inserts the thousands separator into a string of digits by the grouping rule."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    rule = conv['mon_grouping' if monetary else 'grouping']
    if not sep or not rule:
        return digits, 0
    groups = []
    size = None
    rest = digits
    for size_item in rule:
        if size_item == CHAR_MAX:
            break
        if size_item != 0:
            size = size_item
        if not rest or len(rest) <= size:
            break
        groups.append(rest[-size:])
        rest = rest[:-size]
    else:
        while size and len(rest) > size:
            groups.append(rest[-size:])
            rest = rest[:-size]
    groups.append(rest)
    return sep.join(reversed(groups)), len(groups) - 1


def _localize_number(text, grouping, monetary):
    """A formatted number with the locale's decimal point, its integer part grouped on request."""
    conv = localeconv()
    head, dot, tail = text.partition('.')
    if grouping:
        stripped = head.rstrip(' ')
        trailing = len(head) - len(stripped)
        lead = len(stripped) - len(stripped.lstrip(' '))
        body = stripped[lead:]
        sign = ''
        if body[:1] in '+-':
            sign, body = body[0], body[1:]
        digits = body
        for i, ch in enumerate(body):
            if not ch.isdigit():
                digits = body[:i]
                break
        grouped, added = _group_digits(digits, monetary)
        body = grouped + body[len(digits):]
        spaces = lead + trailing
        # The separators take the place of the padding, as far as it goes.
        take = min(added, spaces)
        new_lead = max(0, lead - take)
        new_trail = max(0, trailing - (take - (lead - new_lead)))
        head = ' ' * new_lead + sign + body + ' ' * new_trail
    if dot:
        head += conv['mon_decimal_point' if monetary else 'decimal_point'] + tail
    return head


_SPEC = _re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format_one(spec, value, grouping, monetary):
    text = spec % value
    if spec[-1] in 'eEfFgG':
        return _localize_number(text, grouping, monetary)
    if spec[-1] in 'diu':
        return _localize_number(text, grouping, monetary) if grouping else text
    return text


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point (and thousands grouping if grouping is true)."""
    pieces = []
    values = val
    keyed = isinstance(val, dict) or (hasattr(val, 'keys') and hasattr(val, '__getitem__')
                                      and not isinstance(val, (tuple, _builtin_str)))
    if not keyed and not isinstance(values, tuple):
        values = (values,)
    position = 0
    last = 0
    for m in _SPEC.finditer(f):
        pieces.append(f[last:m.start()])
        last = m.end()
        spec = m.group()
        if spec == '%%':
            pieces.append('%')
            continue
        if keyed and m.group('key') is not None:
            pieces.append(_format_one(spec, val, grouping, monetary))
            continue
        stars = m.group('modifiers').count('*')
        args = values[position:position + stars + 1]
        position += stars + 1
        if len(args) < stars + 1:
            raise TypeError('not enough arguments for format string')
        pieces.append(_format_one(spec, tuple(args), grouping, monetary))
    pieces.append(f[last:])
    if not keyed and position < len(values):
        raise TypeError('not all arguments converted during string formatting')
    return ''.join(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for a single %-specifier."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use 'locale.format_string()' "
                  "instead.", DeprecationWarning, stacklevel=2)
    m = _SPEC.fullmatch(percent)
    if m is None or len(m.group()) != len(percent):
        raise ValueError('format() must be given exactly one %char format specifier, %s not valid'
                         % repr(percent))
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as an amount of money by the locale's monetary conventions."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    text = format_string(f'%.{digits}f', abs(val), grouping, monetary=True)
    text = '<' + text + '>'
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if val < 0 else 'p_cs_precedes']
        separated = conv['n_sep_by_space' if val < 0 else 'p_sep_by_space']
        if precedes:
            text = smb + (' ' if separated else '') + text
        else:
            if international and smb[-1:] == ' ':
                smb = smb[:-1]
            text = text + (' ' if separated else '') + smb
    position = conv['n_sign_posn' if val < 0 else 'p_sign_posn']
    sign = conv['negative_sign' if val < 0 else 'positive_sign']
    if position == 0:
        text = '(' + text + ')'
    elif position == 1:
        text = sign + text
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace('<', sign)
    elif position == 4:
        text = text.replace('>', sign)
    else:
        text = sign + text
    return text.replace('<', '').replace('>', '')


def str(val):
    """str(val) for a float, with the locale's decimal point."""
    return format_string('%.12g', val)


def delocalize(string):
    """A number written in the locale's conventions, rewritten in Python's."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number written in Python's conventions, rewritten in the locale's."""
    return _localize_number(string, grouping, monetary)


def atof(string, func=float):
    """A float (or func's result) from a number written in the locale's conventions."""
    return func(delocalize(string))


def atoi(string):
    """An int from a number written in the locale's conventions."""
    return int(delocalize(string))


# Encoding names as the C library spells them, by their lower-case form without punctuation.
_ENCODINGS = {
    'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'iso885915': 'ISO8859-15', 'iso88592': 'ISO8859-2',
    'iso88595': 'ISO8859-5', 'iso88597': 'ISO8859-7', 'iso88599': 'ISO8859-9', 'latin1': 'ISO8859-1',
    'eucjp': 'eucJP', 'euckr': 'eucKR', 'euctw': 'eucTW', 'gb2312': 'gb2312', 'gbk': 'GBK',
    'gb18030': 'gb18030', 'big5': 'big5', 'koi8r': 'KOI8-R', 'koi8u': 'KOI8-U', 'cp1251': 'CP1251',
    'cp1255': 'CP1255', 'ascii': 'ISO8859-1', 'sjis': 'SJIS', 'tis620': 'TIS620',
}
# The encoding a bare language_TERRITORY name stands for (the C library's traditional default).
_LEGACY_DEFAULT = {'ja': 'eucJP', 'ko': 'eucKR', 'zh_cn': 'gb2312', 'zh_tw': 'big5', 'ru': 'ISO8859-5',
                   'el': 'ISO8859-7', 'tr': 'ISO8859-9', 'pl': 'ISO8859-2', 'cs': 'ISO8859-2',
                   'hu': 'ISO8859-2', 'th': 'TIS620'}
_BARE_LANGUAGE = {'en': 'en_US', 'fr': 'fr_FR', 'de': 'de_DE', 'es': 'es_ES', 'it': 'it_IT', 'pt': 'pt_PT',
                  'nl': 'nl_NL', 'sv': 'sv_SE', 'da': 'da_DK', 'fi': 'fi_FI', 'no': 'no_NO', 'ja': 'ja_JP',
                  'ko': 'ko_KR', 'ru': 'ru_RU', 'pl': 'pl_PL', 'el': 'el_GR', 'tr': 'tr_TR', 'cs': 'cs_CZ',
                  'hu': 'hu_HU'}


def normalize(localename):
    """The C library's spelling of a locale name: language_TERRITORY.ENCODING[@modifier]."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    if code in ('c', 'posix'):
        return 'C'
    if code in ('c.utf8', 'c.utf-8'):
        return 'en_US.UTF-8'
    base, at, modifier = code.partition('@')
    lang, dot, encoding = base.partition('.')
    if '_' not in lang and lang not in _BARE_LANGUAGE:
        return localename
    if lang in _BARE_LANGUAGE:
        lang = _BARE_LANGUAGE[lang]
    else:
        first, _, territory = lang.partition('_')
        lang = first + '_' + territory.upper()
    if dot:
        key = encoding.replace('-', '').replace('_', '')
        spelled = _ENCODINGS.get(key)
        if spelled is None:
            return localename
    elif modifier == 'euro':
        spelled = 'ISO8859-15'
    else:
        short = lang.lower()
        spelled = _LEGACY_DEFAULT.get(short, _LEGACY_DEFAULT.get(short.split('_')[0], 'ISO8859-1'))
    result = lang + '.' + spelled
    if at and modifier != 'euro':
        result += '@' + modifier
    return result


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """The (language code, encoding) pair of category's setting; (None, None) for the C locale."""
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Deprecated: the (language code, encoding) the environment asks for."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Deprecated: sets category to the environment's default locale."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        default = getdefaultlocale()
    setlocale(category, _build_localename(default))


def _codeset(name):
    return 'ANSI_X3.4-1968' if name == 'C' else 'UTF-8'


def getencoding():
    """The character set of the current LC_CTYPE setting."""
    return _codeset(_state[LC_CTYPE])


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the character set of
    the environment's locale (do_setlocale) or of the current one."""
    if getattr(sys.flags, 'utf8_mode', 0):
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    wanted = _KNOWN.get(_from_environment('LC_CTYPE'))
    return _codeset(wanted) if wanted is not None else getencoding()
