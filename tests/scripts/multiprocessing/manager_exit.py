# A Manager that is never shut down does not keep the program from exiting: it is shut down at
# exit (as CPython's), after the program's last line, and its children are joined.
import multiprocessing as mp


def work(shared, i):
    shared.append(i * i)


if __name__ == '__main__':
    m = mp.Manager()
    shared = m.list(range(3))
    counts = m.dict()
    ps = [mp.Process(target=work, args=(shared, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(shared), [p.exitcode for p in ps])
    counts['done'] = len(shared)
    print(counts['done'])
    # A second manager, also left running, and a child left running (joined at exit).
    m2 = mp.Manager()
    q = m2.Queue()
    q.put('left in the queue')
    print(q.qsize())
    print("end of the program")
