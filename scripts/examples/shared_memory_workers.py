"""Worker processes filling one block of shared memory, in the style of the published
multiprocessing.shared_memory examples: the parent creates a SharedMemory block, each worker
attaches to it by name and writes its slice, and the parent reads the result without copying
anything through pipes. Works with the fork and spawn start methods:

    gilpy scripts/examples/shared_memory_workers.py
"""

import multiprocessing as mp
import struct
from multiprocessing import shared_memory

SLOTS = 64
WORKERS = 4


def fill(name, worker):
    block = shared_memory.SharedMemory(name)
    per_worker = SLOTS // WORKERS
    for i in range(worker * per_worker, (worker + 1) * per_worker):
        struct.pack_into("q", block.buf, i * 8, i * i)
    block.close()


def main():
    for method in ("fork", "spawn"):
        block = shared_memory.SharedMemory(create=True, size=SLOTS * 8)
        ctx = mp.get_context(method)
        workers = [ctx.Process(target=fill, args=(block.name, w)) for w in range(WORKERS)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        values = struct.unpack_from("%dq" % SLOTS, block.buf)
        print(method, "sum of squares below", SLOTS, "=", sum(values))
        block.close()
        block.unlink()


if __name__ == "__main__":
    main()
