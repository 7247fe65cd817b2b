# csv on real files (newline=''), quoted newlines, DictWriter to a file and back, and a threaded writer.
import csv
import os
import tempfile
import threading

rows = [['id', 'text', 'value'], ['1', 'simple', '1.5'], ['2', 'has,comma', '2'],
        ['3', 'multi\nline\r\nfield', '3'], ['4', 'quote "inside"', ''], ['5', '', 'tail']]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data.csv')
    with open(path, 'w', newline='') as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, newline='') as f:
        r = csv.reader(f)
        back = list(r)
        print(back == rows, r.line_num)
    with open(path, newline='') as f:
        for rec in csv.DictReader(f):
            print(rec)
    other = os.path.join(d, 'dict.csv')
    with open(other, 'w', newline='') as f:
        dw = csv.DictWriter(f, fieldnames=['name', 'score'], dialect='unix')
        dw.writeheader()
        dw.writerows({'name': n, 'score': s} for n, s in [('a', 1), ('b', 2.5)])
    with open(other) as f:
        print(repr(f.read()))
    tsv = os.path.join(d, 'data.tsv')
    with open(tsv, 'w', newline='') as f:
        csv.writer(f, dialect='excel-tab').writerows([['a', 'b c'], ['d\te', 'f']])
    with open(tsv, newline='') as f:
        print(list(csv.reader(f, delimiter='\t')))
    shared = os.path.join(d, 'threads.csv')
    lock = threading.Lock()
    with open(shared, 'w', newline='') as f:
        w = csv.writer(f)

        def work(k):
            for i in range(25):
                with lock:
                    w.writerow([k, i, f'row {k}-{i}'])

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    with open(shared, newline='') as f:
        got = sorted((int(a), int(b), c) for a, b, c in csv.reader(f))
    print(len(got), got == sorted((k, i, f'row {k}-{i}') for k in range(4) for i in range(25)))
