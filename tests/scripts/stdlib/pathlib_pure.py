from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['a/b/c.txt', '/usr/lib/python3.11/', 'a//b/./c', '.', '', '/', '//x/y', '///x', 'archive.tar.gz', '.bashrc', 'dir/.hidden.txt', 'x.', '..', 'a/..', '/a/b/../c']:
    p = PurePosixPath(s)
    print(repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.is_absolute(), repr(p.root), repr(p.anchor), repr(p.drive))
p = PurePosixPath('/home/user/docs/report.final.pdf')
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents).startswith('<PurePosixPath.parents'))
print(p.with_name('x.txt'), p.with_suffix('.doc'), p.with_suffix(''), p.with_stem('summary'), p.relative_to('/home'), p.relative_to('/home/user/docs/report.final.pdf'))
print(p.is_relative_to('/home'), p.is_relative_to('/etc'), p.match('*.pdf'), p.match('docs/*.pdf'), p.match('/docs/*.pdf'), p.match('/home/*/docs/*.pdf'), p.match('*.PDF'))
print(PurePosixPath('a') / 'b' / 'c', 'x' / PurePosixPath('y'), PurePosixPath('a') / '/abs', PurePosixPath('a').joinpath('b', 'c/d'), PurePosixPath('a', 'b', '/c', 'd'))
print(PurePath('a/b'), type(PurePath('a')).__name__, PurePosixPath('a/b') == PurePosixPath('a//b/'), PurePosixPath('a') == 'a', hash(PurePosixPath('a/b')) == hash(PurePosixPath('a/b')))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]), PurePosixPath('a') < PurePosixPath('b'))
print(os.fspath(PurePosixPath('a/b')), PurePosixPath('/a b/c').as_uri(), PurePosixPath('a/b').as_posix(), PurePosixPath('a/b').__bytes__())
print(PurePosixPath(PurePosixPath('a'), 'b'), Path('x/y'), repr(Path('x/y')), type(Path('.')).__name__, isinstance(Path('a'), PurePath), isinstance(Path('a'), os.PathLike))
show(lambda: PurePosixPath('a/b').relative_to('c'))
show(lambda: PurePosixPath('/a/b').relative_to('a'))
show(lambda: PurePosixPath('').with_name('x'))
show(lambda: PurePosixPath('a').with_name('b/c'))
show(lambda: PurePosixPath('a').with_name(''))
show(lambda: PurePosixPath('a').with_suffix('txt'))
show(lambda: PurePosixPath('a').with_suffix('.'))
show(lambda: PurePosixPath('/').with_suffix('.x'))
show(lambda: PurePosixPath(5))
show(lambda: PurePosixPath('a') / 5)
show(lambda: PurePosixPath('a').match(''))
show(lambda: PurePosixPath('a') < 'b')
show(lambda: PurePosixPath('a').as_uri())
show(lambda: PurePosixPath('a').parents[1])
print(PurePosixPath('a/b.c').with_suffix('.d.e'), PurePosixPath('a/b').with_suffix('.x'), PurePosixPath('/').name == '', PurePosixPath('/').parent)
