# fork start method: children see a copy of globals, flushing before fork prints nothing twice,
# exit codes, names of children and grandchildren, Pipe and Queue round trips.
import multiprocessing as mp
import os
import sys

state = {"n": 1}


def child(conn, q):
    state["n"] += 10
    conn.send((mp.current_process().name, state["n"], mp.parent_process().name))
    q.put([x * x for x in range(5)])
    inner = mp.Process(target=grandchild, args=(q,))
    inner.start()
    inner.join()


def grandchild(q):
    q.put(mp.current_process().name)


def fails():
    sys.exit("fatal: bad state")


if __name__ == "__main__":
    print("buffered before fork", end=" ")
    a, b = mp.Pipe()
    q = mp.Queue()
    p = mp.Process(target=child, args=(b, q))
    p.start()
    # The child and the grandchild put independently: their order on the queue is not defined.
    print(a.recv(), *sorted([q.get(), q.get()], key=str))
    p.join()
    print("parent state", state["n"], p.exitcode, a.poll(0.01))
    f = mp.Process(target=fails)
    f.start()
    f.join()
    print("sys.exit(str) exitcode", f.exitcode, mp.active_children())
