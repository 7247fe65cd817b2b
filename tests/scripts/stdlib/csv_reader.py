# csv.reader: quoting, escapes, multi-line fields, dialect options, line_num, errors with line numbers.
import csv
import io

SAMPLE = '''name,age,note
"Smith, John",42,"said ""hi"""
Jane,37,
"multi
line",1,"a\r\nb"

last,0,"end"'''

r = csv.reader(io.StringIO(SAMPLE, newline=''))
for row in r:
    print(r.line_num, row)


def rows(lines, **kw):
    try:
        return list(csv.reader(lines, **kw))
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(rows(['a;b;c', '1;2;3'], delimiter=';'))
print(rows(['a\tb', 'c\td'], dialect='excel-tab'))
print(rows(['a, b,  "c"'], skipinitialspace=True))
print(rows(['a, b,  "c"']))
print(rows(["'x,y',z"], quotechar="'"))
print(rows(['a\\,b,c\\\\d,e\\"f'], escapechar='\\'))
print(rows(['"a\\"b",c'], escapechar='\\', doublequote=False))
print(rows(['"a""b",c'], doublequote=False))
print(rows(['"a",b'], quoting=csv.QUOTE_NONE))
print(rows(['1,2.5,"x",,-3e2'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['"abc"def,g']))
print(rows(['"abc"def,g'], strict=True))
print(rows(['"unterminated', 'next line']))
print(rows(['"unterminated', 'next line'], strict=True))
print(rows(['a,b\rc']))
print(rows(['a,b\r\n', 'c,d\n', '\r\n', 'e\r']))
print(rows(['', '', 'x']))
print(rows(['a,"b\nc"\n', 'd\n']))
print(rows(['x\\\ny\n', 'z'], escapechar='\\'))
print(rows([b'a,b']))
print(rows(['a\0b,c']))
print(rows(['"quoted\nacross', 'lines",2']))
print(rows(['a,b', 7]))
d = csv.reader([], delimiter='|', quotechar="'", escapechar='~', skipinitialspace=1,
               lineterminator='\n', quoting=csv.QUOTE_ALL, doublequote=0, strict=1).dialect
print(d.delimiter, d.quotechar, d.escapechar, d.skipinitialspace, repr(d.lineterminator),
      d.quoting, d.doublequote, d.strict)
e = csv.reader([]).dialect
print(e.delimiter, e.quotechar, e.escapechar, e.skipinitialspace, repr(e.lineterminator),
      e.quoting, e.doublequote, e.strict)

old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
print(rows(['0123456789,x']))
print(rows(['01234567890,x']))
print(rows(['"01234567890",x']))
csv.field_size_limit(old)
print(csv.field_size_limit())

big = '\n'.join(','.join(str(i * j) for j in range(8)) for i in range(2000))
parsed = list(csv.reader(io.StringIO(big)))
print(len(parsed), parsed[-1], sum(len(p) for p in parsed))
