# Threads importing different modules from one archive at once (the archive's finder is made
# once; no thread sees the archive skipped).
import os, sys, tempfile, threading, zipfile, shutil
base = tempfile.mkdtemp()
arc = os.path.join(base, 'm.zip')
with zipfile.ZipFile(arc, 'w') as z:
    for i in range(8):
        z.writestr(f'tm{i}.py', f'V = {i}\n')
sys.path.insert(0, arc)
results = []
def work(i):
    mod = __import__(f'tm{i}')
    results.append(mod.V)
ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
shutil.rmtree(base)
