# csv: DictReader/DictWriter, dialect registry and Dialect classes, Sniffer basics.
import csv
import io

data = "id,name,score\n1,ann,3.5\n2,bob\n3,cy,1,extra,more\n\n4,dee,2\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for rec in dr:
    print(dr.line_num, rec)
dr = csv.DictReader(io.StringIO(data), restkey='rest', restval='?')
print(list(dr))
dr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=['a', 'b'])
print(list(dr), dr.fieldnames)
print(csv.DictReader(io.StringIO("")).fieldnames)
print(list(csv.DictReader(io.StringIO("a;b\n1;2\n"), delimiter=';')))

s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['id', 'name', 'score'])
print(dw.writeheader())
print(dw.writerow({'id': 1, 'name': 'ann, jr', 'score': 2.5}))
dw.writerows([{'id': 2, 'name': 'bob'}, {'name': 'cy', 'id': 3, 'score': None}])
print(repr(s.getvalue()))
try:
    dw.writerow({'id': 1, 'bogus': 2})
except ValueError as e:
    print('ValueError', e)
dw2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore', restval='R')
print(dw2.writerow({'b': 1}))
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='drop')
except ValueError as e:
    print('ValueError', e)

print(csv.list_dialects())
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator), 'pipes' in csv.list_dialects())
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a', 1])
print(repr(s.getvalue()))
csv.unregister_dialect('pipes')
for bad in [lambda: csv.get_dialect('pipes'), lambda: csv.unregister_dialect('pipes'),
            lambda: csv.register_dialect(1), lambda: csv.reader([], 'pipes'),
            lambda: csv.register_dialect('bad', delimiter='::')]:
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)


class Semi(csv.excel):
    delimiter = ';'


csv.register_dialect('semi', Semi)
print(list(csv.reader(['a;b'], 'semi')), list(csv.reader(['a;b'], Semi)), list(csv.reader(['a;b'], Semi())))
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
print(csv.excel._name if hasattr(csv.excel, '_name') else None, csv.Dialect._valid, Semi()._valid)


class Bad(csv.Dialect):
    delimiter = ','
    quotechar = '"'
    lineterminator = '\n'
    quoting = 9


for cls in (Bad, csv.Dialect):
    try:
        cls()
    except csv.Error as e:
        print('Error', e)
print(issubclass(csv.Error, Exception), csv.Error.__module__)

sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'a;b;c\n1;2;3\n4;5;6\n', 'x\ty\n1\t2\n',
               '"a","b"\n"1","2"\n', "'a';'b'\n'1';'2'\n", 'a, b, c\n1, 2, 3\n',
               'name:age\nann:3\nbob:4\n']:
    d = sn.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote,
          sn.has_header(sample))
print(sn.sniff('a|b|c\n1|2|3\n', delimiters='|').delimiter)
print(sn.has_header('name,age\nann,30\nbob,40\n'), sn.has_header('1,2\n3,4\n5,6\n'))
try:
    sn.sniff('abc\ndef\n')
except csv.Error as e:
    print('Error', e)
