# os.fork() while 4 threads append to and pop from a shared list and dict: every child can use
# them and exits (under --gil off, fork first stops the other threads at safe points, so no child
# inherits a list's lock held). Also os.register_at_fork's hooks and os.waitpid's status.
import os
import threading

L = []
D = {}
stop = threading.Event()
hooks = []
os.register_at_fork(before=lambda: hooks.append("before"), after_in_parent=lambda: hooks.append("parent"),
                    after_in_child=lambda: hooks.append("child"))


def churn(k):
    i = 0
    while not stop.is_set():
        L.append(i)
        D[(k, i % 64)] = i
        if len(L) > 500:
            try:
                L.pop(0)
            except IndexError:
                pass
        D.pop((k, (i + 32) % 64), None)
        i += 1


threads = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
codes = []
for n in range(25):
    pid = os.fork()
    if pid == 0:
        L.append(-1)
        D["child"] = 1
        ok = len(L) > 0 and D["child"] == 1 and hooks[-2:] == ["before", "child"]
        ok = ok and threading.active_count() == 1
        os._exit(10 + n if ok else 1)
    _, status = os.waitpid(pid, 0)
    codes.append(os.waitstatus_to_exitcode(status) - n)
stop.set()
for t in threads:
    t.join()
print("children:", len(codes), "all exited well:", set(codes) == {10})
print("hooks in the parent:", hooks.count("before"), hooks.count("parent"), hooks.count("child"))
print("WIFEXITED", os.WIFEXITED(7 << 8), os.WEXITSTATUS(7 << 8), os.WIFSIGNALED(9), os.WTERMSIG(9))
