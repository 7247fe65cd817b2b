# locale under the C locales gilpy knows (C, POSIX, C.UTF-8): settings per category, the
# conventions, formatting and parsing of numbers, and normalize().
import locale
import os

for var in ('LC_ALL', 'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LANG'):
    os.environ.pop(var, None)
os.environ['LANG'] = 'C.UTF-8'

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES,
      locale.LC_ALL, locale.CHAR_MAX)
print(locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC))
for value in ('C', 'POSIX', 'C.UTF-8', 'C.utf8', '', 'en_US.UTF-8', 'xx_YY', ('C', None), None):
    try:
        print(repr(value), locale.setlocale(locale.LC_NUMERIC, value), locale.getlocale(locale.LC_NUMERIC))
    except locale.Error as e:
        print(repr(value), 'Error', e)
locale.setlocale(locale.LC_ALL, 'C')
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getlocale(locale.LC_ALL))
locale.setlocale(locale.LC_MONETARY, 'C.UTF-8')
print(locale.setlocale(locale.LC_ALL))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print('TypeError', e)
for bad in (99, -1):
    try:
        locale.setlocale(bad, 'C')
    except locale.Error as e:
        print('Error', e)
print(issubclass(locale.Error, Exception), locale.Error.__module__)

conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.format_string('%5.1f|%-8d|%s|%%|%x', (2.25, 42, 'a', 255)))
print(locale.format_string('%(a)s=%(b).3f', {'a': 'pi', 'b': 3.14159}))
print(locale.format_string('%d', 1234567, grouping=True), locale.format_string('%.2f', -1234.5, True, monetary=True))
print(locale.format_string('%*d|%.*f', (6, 42, 2, 3.14159)))
print(locale.str(1.0), locale.str(1e20), locale.str(0.1 + 0.2), locale.str(-2.5))
for text in ('1.5', ' 2 ', '1e3', '-0.25'):
    print(repr(locale.atof(text)), repr(locale.delocalize(text)), repr(locale.localize(text)))
print(locale.atoi('42'), locale.atof('7', int))
try:
    locale.atoi('4.2')
except ValueError as e:
    print('ValueError', e)
try:
    locale.currency(12.5)
except ValueError as e:
    print('ValueError', e)
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'), locale.strxfrm('abc'))
print(sorted(['b', 'B', 'a', 'é'], key=locale.strxfrm))
for name in ('en_US', 'en_US.utf8', 'de_DE@euro', 'C', 'c.utf8', 'POSIX', 'fr', 'ja_JP.eucjp', 'zz', 'en_US.ISO8859-1',
             'en_GB.UTF-8', 'pt_BR'):
    print(name, locale.normalize(name))
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)), locale.nl_langinfo(locale.D_T_FMT),
      locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.YESEXPR))
print(locale.getencoding() in ("ANSI_X3.4-1968", "utf-8"), locale.getpreferredencoding(False) == locale.getencoding())
