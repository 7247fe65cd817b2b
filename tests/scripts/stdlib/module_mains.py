# The `-m` mains users run: json.tool (layouts, JSON Lines, errors), platform, zipfile and
# tarfile (create, list, test, extract), http.server --help, calendar, base64, timeit, this,
# py_compile: output and exit codes as python3's.
import os
import platform
import re
import subprocess
import sys
import tempfile


def run(*args, stdin=None, show=True):
    done = subprocess.run([sys.executable, '-m'] + list(args), input=stdin, cwd=work,
                          capture_output=True, text=True)
    if show:
        print('$ -m', *args, '->', done.returncode)
        print(done.stdout, end='')
        if done.stderr:
            print('stderr:', done.stderr.strip().splitlines()[-1].replace(sys.executable, 'PY'))
    return done


with tempfile.TemporaryDirectory() as work:
    with open(os.path.join(work, 'doc.json'), 'w', encoding='utf-8') as f:
        f.write('{"b": [1, 2, {"c": null}], "a": "caf\u00e9", "d": 1.5}')
    run('json.tool', 'doc.json')
    run('json.tool', '--sort-keys', 'doc.json')
    run('json.tool', '--compact', 'doc.json')
    run('json.tool', '--indent', '1', '--no-ensure-ascii', 'doc.json')
    run('json.tool', '--tab', 'doc.json')
    run('json.tool', '--no-indent', 'doc.json', 'copy.json')
    print(open(os.path.join(work, 'copy.json'), encoding='utf-8').read(), end='')
    run('json.tool', '--json-lines', '--compact', stdin='{"x": 1}\n[true, false]\n')
    run('json.tool', stdin='{"a": ')
    run('json.tool', 'missing.json')
    run('json.tool', '--tab', '--compact', 'doc.json')
    run('json.tool', '-h')

    done = run('platform', show=False)
    print('platform:', done.returncode, done.stdout.strip() == platform.platform())
    done = run('platform', '--terse', 'nonaliased', show=False)
    print('platform terse:', done.returncode, done.stdout.strip() == platform.platform(terse=True, aliased=False))

    os.makedirs(os.path.join(work, 'src', 'sub'))
    for name, text in (('src/a.txt', 'hello\n'), ('src/sub/b.txt', 'world\n')):
        with open(os.path.join(work, name), 'w') as f:
            f.write(text)
    run('zipfile', '-c', 'x.zip', 'src')
    done = run('zipfile', '-l', 'x.zip', show=False)
    print([(line.split()[0], line.split()[-1]) for line in done.stdout.splitlines()])
    run('zipfile', '-t', 'x.zip')
    run('zipfile', '-e', 'x.zip', 'zout')
    run('zipfile', '-l', 'missing.zip')
    run('zipfile', '-h')
    run('zipfile')
    run('tarfile', '-v', '-c', 'x.tar.gz', 'src')
    run('tarfile', '-l', 'x.tar.gz')
    done = run('tarfile', '-v', '-t', 'x.tar.gz', show=False)
    print(done.returncode, done.stdout, end='')
    run('tarfile', '-v', '-e', 'x.tar.gz', 'tout')
    run('tarfile', '--filter', 'data', '-l', 'x.tar.gz')
    run('tarfile', '-l', 'x.zip')
    run('tarfile', '-h')
    for top in ('zout', 'tout'):
        found = []
        for root, dirs, files in os.walk(os.path.join(work, top)):
            found += [os.path.relpath(os.path.join(root, n), work) for n in dirs + files]
        print(top, sorted(found))

    run('http.server', '--help')
    run('http.server', '--bogus')
    run('calendar', '2024', '2')
    run('base64', '-e', stdin='gilpy and python3\n')
    run('base64', '-d', stdin='Z2lscHkgYW5kIHB5dGhvbjMK\n')
    done = run('timeit', '-n', '3', '-r', '2', 'x = 1', show=False)
    print('timeit:', done.returncode, re.sub(r'[0-9.]+ (nsec|usec|msec|sec)', 'T', done.stdout.strip()))
    run('this', show=False).stdout.count('\n') and print('this: lines', run('this', show=False).stdout.count('\n'))
    with open(os.path.join(work, 'ok.py'), 'w') as f:
        f.write('x = 1\n')
    run('py_compile', 'ok.py')
    run('no_such_module_for_m')
