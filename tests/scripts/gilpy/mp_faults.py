# multiprocessing faults end with a clear error, never a hang (every wait has its own timeout):
# a killed pool worker, a child that raises, a closed pipe end, a value that cannot travel, and a
# manager client with the wrong authkey.
import multiprocessing as mp
import os
import threading


def die(x):
    os.kill(os.getpid(), 9)


def double(x):
    return 2 * x


def raises():
    raise ValueError("child failed")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.apply_async(die, (1,))
        try:
            r.get(timeout=20)
        except mp.ProcessError as e:
            print("killed worker:", type(e).__name__, "exit code -9" in str(e))
        print("pool still works:", pool.map(double, range(4)))

    p = mp.Process(target=raises)
    p.start()
    p.join(20)
    print("child raised, exitcode", p.exitcode)

    a, b = mp.Pipe()
    b.send("last words")
    b.close()
    print(a.recv())
    try:
        a.recv()
    except EOFError:
        print("EOFError once the other end is closed")

    q = mp.Queue()
    for bad in (lambda: 1, threading.Lock()):
        try:
            q.put(bad)
        except (TypeError, AttributeError) as e:
            print("cannot travel:", type(e).__name__, e)
    print("queue still empty:", q.empty())

    with mp.Manager() as m:
        d = m.dict(a=1)
        proxy = type(d)(d._token, "pickle", authkey=b"wrong key")
        try:
            proxy["a"]
        except mp.AuthenticationError as e:
            print("wrong authkey:", e)
        print("right authkey:", d["a"])
    print("done")
