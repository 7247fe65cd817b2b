# A Rust panic inside a native call becomes a SystemError in the thread that made the call: the
# thread's exception shows, the GIL is released, every other thread and the program go on.
import threading
import _gil

results = []

def boom(i):
    try:
        _gil._panic_for_tests(f"panic {i}")
    except SystemError as e:
        results.append((i, "panic " + str(i) in str(e)))

threads = [threading.Thread(target=boom, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

def uncaught():
    _gil._panic_for_tests("not caught")

t = threading.Thread(target=uncaught)
t.start()
t.join()
counter = 0
def count():
    global counter
    for _ in range(10000):
        counter += 1
workers = [threading.Thread(target=count) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("after the panics", counter > 0)
try:
    _gil._panic_for_tests("in main")
except SystemError as e:
    print(type(e).__name__, "in main" in str(e))
import sys
print("stderr goes on too", file=sys.stderr)
