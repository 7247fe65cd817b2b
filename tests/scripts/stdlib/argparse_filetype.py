# argparse.FileType: real files, "-" for stdin/stdout, bad modes.
import argparse, os
path = 'ft_%d.txt' % os.getpid()
with open(path, 'w') as f: f.write('hello\n')
p = argparse.ArgumentParser(prog='ft')
p.add_argument('infile', type=argparse.FileType('r'))
p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
ns = p.parse_args([path, '--out', path + '.o'])
print(ns.infile.read(), type(ns.infile).__name__)
ns.infile.close(); ns.out.write('x'); ns.out.close()
print(open(path + '.o').read())
ns = p.parse_args(['-', '--out', '-'])
import sys
print(ns.infile is sys.stdin, ns.out is sys.stdout)
os.remove(path); os.remove(path + '.o')
try:
    argparse.FileType('z')('-')
except ValueError as e:
    print(e)
