import subprocess
import sys
import threading

# Several threads run children at once; each waits with the GIL released, so a thread that
# computes keeps running meanwhile.
results = {}
lock = threading.Lock()


def run(i):
    r = subprocess.run(['sh', '-c', 'read x; echo "$x $x"; exit %d' % (i % 3)], input=b'w%d\n' % i, capture_output=True)
    with lock:
        results[i] = (r.returncode, r.stdout)


def count():
    n = 0
    for _ in range(200000):
        n += 1
    with lock:
        results['counter'] = n


threads = [threading.Thread(target=run, args=(i,)) for i in range(6)] + [threading.Thread(target=count)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results, key=str):
    print(k, results[k])

# A Popen waited for from another thread than the one that started it.
p = subprocess.Popen([sys.executable, '-c', 'print(input().upper())'],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out = []
t = threading.Thread(target=lambda: out.append(p.communicate(b'from a thread')))
t.start()
t.join()
print(out, p.returncode)
