# sqlite3: check_same_thread, and connections used from several threads.
import os
import sqlite3
import tempfile
import threading

con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
errors = []


def use_shared():
    try:
        con.execute("select 1")
    except sqlite3.ProgrammingError as e:
        errors.append(str(e).startswith("SQLite objects created in a thread can only be used in that same thread."))


t = threading.Thread(target=use_shared)
t.start()
t.join()
print(errors)

free = sqlite3.connect(":memory:", check_same_thread=False)
free.execute("create table t(x)")
lock = threading.Lock()


def insert(base):
    for i in range(50):
        with lock:
            free.execute("insert into t values (?)", (base + i,))


threads = [threading.Thread(target=insert, args=(n * 1000,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(free.execute("select count(*), sum(x) from t").fetchone())

# One connection per thread on the same file.
folder = tempfile.mkdtemp()
path = os.path.join(folder, "shared.db")
setup = sqlite3.connect(path)
setup.execute("create table hits(who, n)")
setup.commit()
setup.close()


def worker(name):
    own = sqlite3.connect(path, timeout=30)
    for i in range(20):
        with own:
            own.execute("insert into hits values (?, ?)", (name, i))
    own.close()


threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
check = sqlite3.connect(path)
print(check.execute("select who, count(*), sum(n) from hits group by who order by who").fetchall())
check.close()
os.remove(path)
os.rmdir(folder)
