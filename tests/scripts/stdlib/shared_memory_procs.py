# multiprocessing.shared_memory: SharedMemory create/attach/close/unlink with buf as a memoryview,
# ShareableList, both shared with child processes started by fork and by spawn, and the errors.
import multiprocessing as mp
from multiprocessing import shared_memory


def fill(name, start):
    shm = shared_memory.SharedMemory(name)
    for i in range(8):
        shm.buf[i] = start + i
    shm.buf[8:13] = b"child"
    shm.close()


def bump_list(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = sl[0] + 100
    sl[2] = "kid"
    sl[3] = None
    sl.shm.close()


def add_through_pickle(shm, sl):
    shm.buf[0] = 99
    sl[1] = sl[1] * 2
    shm.close()


def main():
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(shm.size, len(shm.name), shm.name.startswith("psm_"), type(shm.buf).__name__, len(shm.buf))
    print(bytes(shm.buf[:4]), shm.buf.readonly, shm.buf.format, shm.buf.nbytes)
    shm.buf[0] = 7
    shm.buf[1:4] = b"abc"
    other = shared_memory.SharedMemory(shm.name)
    print(other.size, bytes(other.buf[:4]), repr(other) == repr(shm))
    other.buf[15] = 255
    print(shm.buf[15], shm.buf.tolist()[:4])
    other.close()
    print(other.buf)

    counter = shared_memory.ShareableList([0, 1])
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        p = ctx.Process(target=fill, args=(shm.name, 10 if method == "fork" else 50))
        p.start()
        p.join()
        print(method, p.exitcode, list(shm.buf[:8]), bytes(shm.buf[8:13]))
        p = ctx.Process(target=add_through_pickle, args=(shm, counter))
        p.start()
        p.join()
        print(method, "pickled", shm.buf[0], list(counter))
        shm.buf[0] = 0

    counter.shm.close()
    counter.shm.unlink()
    sl = shared_memory.ShareableList([1, 2.5, "hi", b"x", None, True, "a" * 9, -7])
    print(sl.format, len(sl), list(sl), sl.shm.size)
    print(sl.count(1), sl.index(2.5), sl[-1], sl[2])
    sl[2] = "hello!!"
    print(sl[2])
    try:
        sl[2] = "x" * 9
    except ValueError as e:
        print("ValueError", e)
    sl[0] = 5.5
    sl[4] = 3
    print(sl[0], sl[4], sl.format)
    for bad in (10, 8):
        try:
            sl[bad]
        except IndexError as e:
            print("IndexError", e)
    try:
        sl.index(99)
    except ValueError as e:
        print("ValueError", e)
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=bump_list, args=(sl.shm.name,))
        p.start()
        p.join()
        print(method, list(sl))
    attached = shared_memory.ShareableList(name=sl.shm.name)
    print(list(attached) == list(sl), repr(attached).startswith("ShareableList(["))
    attached.shm.close()
    empty = shared_memory.ShareableList()
    print(list(empty), empty.format, empty.shm.size)
    empty.shm.close()
    empty.shm.unlink()
    try:
        shared_memory.ShareableList([[1]])
    except KeyError as e:
        print("KeyError", e)
    sl.shm.close()
    sl.shm.unlink()

    for args in ({"create": True, "size": 0}, {"size": -1}, {}, {"name": "gilpy_no_such_block"}):
        try:
            shared_memory.SharedMemory(**args)
        except (ValueError, FileNotFoundError) as e:
            print(type(e).__name__, e)
    try:
        shared_memory.SharedMemory(shm.name, create=True, size=5)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.filename == "/" + shm.name)
    name = shm.name
    shm.close()
    print(shm.buf)
    shm.close()
    shm.unlink()
    try:
        shm.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == "/" + name)
    try:
        shared_memory.SharedMemory(name)
    except FileNotFoundError as e:
        print("FileNotFoundError after unlink", e.errno)


if __name__ == "__main__":
    main()
