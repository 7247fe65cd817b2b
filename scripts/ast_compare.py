"""Compares gilpy's `ast` with python3's over many source files: for each file, the dump of its
tree with positions (`ast.dump(ast.parse(src), include_attributes=True)`) and `ast.unparse` of
it, under both interpreters. Prints the counts of identical results and the files that differ.

    python3 scripts/ast_compare.py target/release/gilpy [FILE_OR_DIR ...]

With no paths it sweeps every .py file under tests/scripts/ and src/stdlib/.
Run it with python3.11 (the reference); gilpy is the interpreter named first.
"""
import os
import subprocess
import sys
import tempfile

# The worker both interpreters run: one line per file, digests of the dump and of unparse.
WORKER = r'''
import ast, hashlib, sys
for path in sys.argv[2:]:
    try:
        with open(path, encoding='utf-8') as f:
            src = f.read()
        tree = ast.parse(src)
    except SyntaxError as e:
        print(path, 'SyntaxError', 'SyntaxError', sep='\t')
        continue
    except Exception as e:
        print(path, type(e).__name__, type(e).__name__, sep='\t')
        continue
    dumped = ast.dump(tree, include_attributes=True)
    try:
        text = ast.unparse(tree)
    except Exception as e:
        text = 'unparse failed: ' + type(e).__name__
    digest = lambda s: hashlib.md5(s.encode()).hexdigest()
    print(path, digest(dumped), digest(text), sep='\t')
'''


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files.extend(os.path.join(root, n) for n in names if n.endswith('.py'))
        else:
            files.append(p)
    return sorted(files)


def run(interpreter, files):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(WORKER)
    try:
        out = subprocess.run([interpreter, f.name, '-'] + files, capture_output=True, text=True).stdout
    finally:
        os.unlink(f.name)
    return {line.split('\t')[0]: line.split('\t')[1:] for line in out.splitlines() if '\t' in line}


def main():
    gilpy = sys.argv[1]
    files = collect(sys.argv[2:] or ['tests/scripts', 'src/stdlib'])
    theirs = run(sys.executable, files)
    ours = run(gilpy, files)
    same_dump = [f for f in files if f in theirs and ours.get(f, [None])[0] == theirs[f][0]]
    same_text = [f for f in files if f in theirs and ours.get(f, [None, None])[1] == theirs[f][1]]
    print(f'{len(files)} files: dump identical {len(same_dump)}, unparse identical {len(same_text)}')
    for f in files:
        if f not in same_dump or f not in same_text:
            kinds = [k for k, same in (('dump', same_dump), ('unparse', same_text)) if f not in same]
            print('  differs:', f, '/'.join(kinds), theirs.get(f, ['?'])[0][:12], ours.get(f, ['missing'])[0][:12])


if __name__ == '__main__':
    main()
