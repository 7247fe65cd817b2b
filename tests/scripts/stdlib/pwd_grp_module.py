# The password and group databases: lookups by id and name, struct types, errors as CPython's.
import pwd, grp
r = pwd.getpwuid(0)
print(r, r.pw_name, r[0], len(r), type(r), pwd.struct_passwd.n_fields, isinstance(r, tuple))
print(pwd.getpwnam("root") == r, grp.getgrgid(0), grp.getgrnam("root").gr_mem, type(grp.getgrgid(0)))
for f, a in ((pwd.getpwuid, 99999), (pwd.getpwnam, "nosuch"), (grp.getgrgid, 99999), (grp.getgrnam, "nosuch"),
             (pwd.getpwuid, "x"), (pwd.getpwnam, 5), (pwd.getpwuid, -5), (grp.getgrgid, 2**40), (grp.getgrgid, -5),
             (grp.getgrgid, 2**64), (pwd.getpwuid, 2**64), (pwd.getpwuid, 3.0), (grp.getgrgid, -1), (pwd.getpwuid, -1),
             (pwd.getpwnam, ""), (grp.getgrnam, "a\x00b")):
    try:
        print(f(a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(pwd.getpwuid(True).pw_name, grp.getgrgid(True).gr_name)
print(pwd.getpwall()[0] == r, len(pwd.getpwall()) > 1, grp.getgrall()[0].gr_name)
print(all(isinstance(e, pwd.struct_passwd) for e in pwd.getpwall()), all(isinstance(g.gr_mem, list) for g in grp.getgrall()))
print(sorted(x for x in dir(pwd) if not x.startswith('_')), sorted(x for x in dir(grp) if not x.startswith('_')))
print(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e")), grp.struct_group(("g", "x", 5, ["u"])))
try:
    pwd.struct_passwd((1, 2))
except TypeError as e:
    print(e)
