# re from several threads at once: compiled patterns are shared, matching state is per call.
import re, threading
pat = re.compile(r'(\w+)@(\w+)\.com')
out = []
def work(k):
    text = ' '.join('user%d@host%d.com café' % (i, k) for i in range(2000))
    out.append((k, len(pat.findall(text)), pat.sub(r'\2', text)[:20]))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
