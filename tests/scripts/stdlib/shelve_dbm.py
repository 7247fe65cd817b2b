# dbm (dbm.dumb, the kind python3 creates when gnu/ndbm are missing), whichdb, dbm.error, and
# shelve on top of it, in a temporary directory; compared with python3.
import os
import shelve
import tempfile
import dbm
import dbm.dumb

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "db")
    print(dbm.whichdb(path))
    try:
        dbm.open(path)
    except dbm.error[0] as e:
        print("error:", e)
    print(isinstance(dbm.error, tuple), dbm.error[1] is OSError, dbm.dumb.error is OSError)
    with dbm.open(path, "c") as db:
        db["a"] = "one"
        db[b"b"] = b"two"
        db["c"] = "x" * 600
        db["c"] = "short"
        db["a"] = "y" * 1000
        print(sorted(db.keys()), len(db), "a" in db, b"zz" in db)
        print(db["b"], db[b"c"], len(db["a"]))
        del db["b"]
        try:
            db[1] = "x"
        except TypeError as e:
            print("TypeError", e)
        try:
            db["k"] = 5
        except TypeError as e:
            print("TypeError", e)
    print(dbm.whichdb(path), sorted(f for f in os.listdir(tmp)))
    with open(path + ".dir") as f:
        print(sorted(f.read().splitlines()))
    with dbm.open(path, "r") as db:
        print(sorted(db.items())[0][0], sorted(db.keys()))
        try:
            db["q"] = "1"
        except dbm.error[1] as e:
            print("error:", e)
    db = dbm.dumb.open(path)
    db.close()
    try:
        len(db)
    except OSError as e:
        print("closed:", e)
    try:
        dbm.dumb.open(path, "x")
    except ValueError as e:
        print("ValueError", e)
    with open(os.path.join(tmp, "junk"), "wb") as f:
        f.write(b"nothing known here")
    print(repr(dbm.whichdb(os.path.join(tmp, "junk"))))
    try:
        dbm.open(os.path.join(tmp, "junk"))
    except dbm.error[0] as e:
        print("error:", e)
    try:
        import dbm.gnu
    except ImportError as e:
        print("ImportError", e)

    spath = os.path.join(tmp, "shelf")
    with shelve.open(spath) as s:
        s["list"] = [1, 2, {"three": 3}]
        s["tuple"] = (None, True, 2.5)
        s["list"].append(99)  # lost without writeback
        print(sorted(s), len(s), "list" in s, s.get("nope", "default"))
    with shelve.open(spath, writeback=True) as s:
        print(s["list"])
        s["list"].append(4)
        del s["tuple"]
    with shelve.open(spath, flag="r") as s:
        print(dict(s))
    s = shelve.open(spath)
    s.close()
    try:
        s["list"]
    except ValueError as e:
        print("ValueError", e)
    print(repr(s.dict))
    d = {}
    plain = shelve.Shelf(d, protocol=2)
    plain["k"] = {1, 2}
    print(list(d), d[b"k"][:2], plain["k"])
    print(dbm.whichdb(spath))
