# configparser: reading and writing real files (read with lists, PathLike, missing files, encoding),
# read_file with iterables and names, round trip through write(), and a threaded reader.
import configparser
import os
import pathlib
import tempfile
import threading

with tempfile.TemporaryDirectory() as d:
    first = os.path.join(d, 'first.ini')
    second = pathlib.Path(d) / 'second.ini'
    with open(first, 'w', encoding='utf-8') as f:
        f.write("[server]\nhost = example.org\nport = 8080\nname = café\n")
    second.write_text("[server]\nport = 9090\n[client]\nretries = 3\n", encoding='utf-8')
    cfg = configparser.ConfigParser()
    done = cfg.read([first, second, os.path.join(d, 'missing.ini')], encoding='utf-8')
    print([os.path.basename(p) for p in done], type(done[1]).__name__)
    print(cfg.sections(), cfg.getint('server', 'port'), cfg['server']['name'])
    print([os.path.basename(p) for p in cfg.read(first, encoding='utf-8')])
    print([os.path.basename(str(p)) for p in cfg.read(second)])
    out = os.path.join(d, 'out.ini')
    cfg['client']['multi'] = 'one\ntwo'
    with open(out, 'w') as f:
        cfg.write(f)
    with open(out) as f:
        print(f.read(), end='|\n')
    again = configparser.ConfigParser()
    with open(out) as f:
        again.read_file(f)
    print(again.items('client'), again == cfg)
    try:
        with open(out) as f:
            configparser.ConfigParser().read_file(iter(["[a]\n", "x=1\n", "[a]\n"]))
    except configparser.DuplicateSectionError as e:
        print(e)
    try:
        with open(first) as f:
            bad = configparser.ConfigParser()
            bad.read_file(f)
            bad.read_file(open(first))
    except configparser.Error as e:
        print('no error expected across sources', e)
    print(bad.sections())
    try:
        with open(out, 'w') as f:
            f.write('[s]\nk=1\nk=2\n')
        configparser.ConfigParser().read(out)
    except configparser.DuplicateOptionError as e:
        print(str(e).replace(d, 'DIR'))
    lines = ["[gen]", "a = 1", "b = 2"]
    g = configparser.ConfigParser()
    g.read_file(lines, source='generated')
    print(g.items('gen'))

shared = configparser.ConfigParser()
shared.read_string("[s]\n" + "".join(f"k{i} = {i}\n" for i in range(50)))
totals = []
lock = threading.Lock()


def reader():
    total = sum(shared.getint('s', f'k{i}') for i in range(50))
    with lock:
        totals.append(total)


threads = [threading.Thread(target=reader) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
