# csv.writer: quoting modes, escaping, line terminators, writerow return value, errors.
import csv
import io


def out(rowlist, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        results = [w.writerow(r) for r in rowlist]
    except Exception as e:
        return f'{type(e).__name__}: {e} | {s.getvalue()!r}'
    return repr(s.getvalue()) + ' ' + repr(results)


ROWS = [['a', 'b c', 'd,e', 'f"g', 'h\ni', 'j\rk', '', None, 1, 2.5, True, -3]]
print(out(ROWS))
print(out(ROWS, quoting=csv.QUOTE_ALL))
print(out(ROWS, quoting=csv.QUOTE_NONNUMERIC))
print(out([['a', 'b,c']], quoting=csv.QUOTE_NONE, escapechar='\\'))
print(out([['a', 'b,c']], quoting=csv.QUOTE_NONE))
print(out([['x"y']], doublequote=False, escapechar='\\'))
print(out([['x"y']], doublequote=False))
print(out([['esc\\ape', 'q"']], escapechar='\\'))
print(out([['a', 'b']], delimiter=';', lineterminator='\n'))
print(out([['a;b', 'c']], delimiter=';'))
print(out([["it's", 'x']], quotechar="'"))
print(out([['']]))
print(out([['']], quoting=csv.QUOTE_NONE))
print(out([[]]))
print(out([[None]]))
print(out([['', '']]))
print(out([5]))
print(out([['a\rb', 'c\nd']], dialect='unix'))
print(out([['a\rb', 'c\nd']], dialect='unix', quoting=csv.QUOTE_MINIMAL))
print(out([['a', 'b']], dialect='excel-tab'))
print(out([iter(['g', 'h']), ('t', 'u'), 'xy', range(3)]))
print(out([[1.0, 10 ** 20, 1e-7, complex(1, 2)]], quoting=csv.QUOTE_NONNUMERIC))

s = io.StringIO()
w = csv.writer(s)
print(w.writerows([['r1', 1], ['r2', 2]]), repr(s.getvalue()), w.dialect.delimiter)

# round trip of awkward values
values = [['plain', 'with,comma', 'with "quote"', 'multi\nline', '  spaces  ', ''],
          ['tab\there', 'cr\rlf\n', '""', ',', '\\', 'end']]
s = io.StringIO()
csv.writer(s).writerows(values)
print(list(csv.reader(io.StringIO(s.getvalue(), newline=''))) == values)
try:
    csv.writer(object())
except TypeError as e:
    print('TypeError', e)
