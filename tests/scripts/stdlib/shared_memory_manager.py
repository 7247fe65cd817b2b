# multiprocessing.managers.SharedMemoryManager: blocks and lists it makes are shared with
# worker processes by name and unlinked when the manager shuts down.
import multiprocessing as mp
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager


def square_all(name):
    sl = shared_memory.ShareableList(name=name)
    for i in range(len(sl)):
        sl[i] = sl[i] * sl[i]
    sl.shm.close()


def main():
    try:
        SharedMemoryManager().SharedMemory(10)
    except ValueError as e:
        print("ValueError", e)
    with SharedMemoryManager() as smm:
        sl = smm.ShareableList(list(range(6)))
        block = smm.SharedMemory(size=16)
        print(type(sl).__name__, type(block).__name__, block.size, list(sl))
        for method in ("fork", "spawn"):
            p = mp.get_context(method).Process(target=square_all, args=(sl.shm.name,))
            p.start()
            p.join()
            print(method, p.exitcode, list(sl))
        names = [sl.shm.name, block.name]
        sl.shm.close()
        block.close()
    for name in names:
        try:
            shared_memory.SharedMemory(name)
        except FileNotFoundError:
            print("unlinked")
    smm = SharedMemoryManager()
    smm.start()
    print(smm.SharedMemory(8).size)
    smm.shutdown()
    try:
        smm.SharedMemory(8)
    except FileNotFoundError as e:
        print("FileNotFoundError", e)


if __name__ == "__main__":
    main()
