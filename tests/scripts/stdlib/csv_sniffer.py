# csv.Sniffer: delimiter/quote/space detection and has_header on many samples, as CPython decides.
import csv
sn = csv.Sniffer()
samples = [
 'a,b,c\n1,2,3\n', 'a;b\n1;2\n3;4\n', 'x|y|z\n1|2|3\n4|5|6\n', 'a b c\n1 2 3\n',
 '"a","b,c"\n"d","e"\n', "a\t'b c'\n1\t'2'\n", 'name,age\n"Smith, J",42\n"Doe, A",7\n',
 'one\ntwo\nthree\n', 'a,b;c\n1,2;3\n4,5;6\n', 'a:b:c\n1:2:3\n', 'k=v\nk2=v2\n',
 '"x";"y"\n"1";"2"\n', 'a, "b"\n1, "2"\n', 'id,name,price\n1,apple,1.5\n2,banana,0.25\n3,cherry,10\n',
 '"a ""quoted"" word",b\nc,d\n', "1,2,3\n4,5,6\n7,8,9\n", 'h1\th2\n10\t20\n30\t40\n',
]
for s in samples:
    try:
        d = sn.sniff(s)
        r = (d.delimiter, d.quotechar, d.skipinitialspace, d.doublequote, d.lineterminator, d.quoting)
    except csv.Error as e:
        r = str(e)
    try:
        h = sn.has_header(s)
    except csv.Error as e:
        h = 'E:' + str(e)
    print(repr(s[:20]), r, h)
for s in samples[:6]:
    try: print(sn.sniff(s, delimiters=';,').delimiter)
    except csv.Error as e: print(e)
for s in ['a,b\n1,2\n', 'a,b\nxx,yy\nzz,ww\n', 'name,val\nab,1\ncd,2\nef,x\n', '1,2\n1,2,3\n4,5\n', 'h\n1\n2\n',
          'col\nabc\ndef\n', 'abc,de\nabc,de\nabc,de\n', 'x,1\ny,2\n' * 15, '1+2j,3\n4,5\n', 'inf,nan\n1,2\n']:
    try: print(repr(s[:15]), sn.has_header(s))
    except Exception as e: print(type(e).__name__, e)
