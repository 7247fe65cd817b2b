# Two threads import the same module at once: one runs it, the other waits for it to finish
# (CPython's per-module import locks), so both see the finished module.
import threading

results = []


def importer():
    import helper_slowmod
    results.append((helper_slowmod.READY, len(helper_slowmod.RUNS)))


threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
import helper_slowmod
print(len(helper_slowmod.RUNS), helper_slowmod.READY)
