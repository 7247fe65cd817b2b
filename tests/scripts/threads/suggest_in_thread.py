# An uncaught NameError or AttributeError in a thread: the default threading.excepthook prints
# it as CPython 3.11 does, "Did you mean" hint included, also to a replaced sys.stderr.
import io
import sys
import threading

def work():
    total_count = 0
    for i in range(3):
        total_count += i
    return total_cont

class Account:
    def __init__(self):
        self.balance = 10

def touch():
    return Account().balanse

for target in (work, touch):
    sys.stderr = io.StringIO()
    t = threading.Thread(target=target, name="worker")
    t.start()
    t.join()
    text = sys.stderr.getvalue()
    sys.stderr = sys.__stderr__
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
