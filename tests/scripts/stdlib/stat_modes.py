import stat, os
names = [n for n in dir(stat) if n.isupper() or n.startswith(('S_', 'UF_', 'SF_', 'ST_', 'FILE_'))]
print(len(names))
for n in sorted(names):
    v = getattr(stat, n)
    if isinstance(v, int): print(n, v)
modes = [0o040755, 0o100644, 0o120777, 0o020666, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777, 0o100000, 0o107777, 0o106644, 0o041776, 0, 0o777, 0o170000]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [f for f in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(stat, f)(m)])
print(stat.filemode(os.stat('.').st_mode)[0], stat.S_ISDIR(os.stat('/').st_mode))
for bad in ['x', 1.5, None]:
    for fn in (stat.S_ISDIR, stat.S_IMODE, stat.filemode, stat.S_IFMT):
        try: print(fn(bad))
        except Exception as e: print(type(e).__name__, e)
for big in (-1, 2**40):
    for fn in (stat.S_ISDIR, stat.S_IMODE, stat.filemode):
        try: print(fn(big))
        except Exception as e: print(type(e).__name__, e)
print(stat.S_ISDIR(True), stat.filemode(True))
