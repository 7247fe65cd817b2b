# The gil module: exact instruction counts, per-thread statistics, policy and interval.
import gil
import threading

policy = gil.policy()
print(policy in ("handoff", "legacy", "cpython", "off"), gil.stats()["policy"] == policy)


def spin(n):
    for _ in range(n):
        pass


# Counting is exact: a `for _ in range(n): pass` loop runs 3 instructions per turn.
gil.reset()
spin(100_000)
first = gil.stats()["threads"][0]["instructions"]
gil.reset()
spin(200_000)
second = gil.stats()["threads"][0]["instructions"]
print(second - first)

gil.reset()
workers = [threading.Thread(target=spin, args=(50_000,), name=f"spinner-{i}") for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
stats = gil.stats()
by_name = {t["name"]: t for t in stats["threads"]}
print(sorted(n for n in by_name if n.startswith("spinner")))
print(all(by_name[f"spinner-{i}"]["instructions"] > 150_000 for i in range(2)))
print(all(not by_name[f"spinner-{i}"]["alive"] for i in range(2)), by_name["MainThread"]["alive"])
keys = sorted(by_name["MainThread"])
print(keys)
print(stats["instructions"] >= sum(by_name[f"spinner-{i}"]["instructions"] for i in range(2)))
old = gil.interval()
gil.set_interval(123)
print(gil.interval(), gil.stats()["interval"])
gil.set_interval(old)
try:
    gil.set_interval(0)
except ValueError as e:
    print("ValueError:", e)
print(gil.report().splitlines()[1].split()[:3])
