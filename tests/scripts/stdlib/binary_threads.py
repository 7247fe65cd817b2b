# array, hashlib and struct shared between threads: no update is lost, results are deterministic.
import array
import hashlib
import struct
import threading

shared = array.array('i')
h = hashlib.sha256()
packed = []
lock = threading.Lock()


def work(n):
    for i in range(500):
        shared.append(n)
        h.update(b'chunk')
        data = struct.pack('<ii', n, i)
        with lock:
            packed.append(data)


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print(len(shared), sorted(set(shared)), [shared.count(n) for n in range(4)])
print(h.hexdigest() == hashlib.sha256(b'chunk' * 2000).hexdigest())
print(len(packed), sorted(struct.unpack('<ii', p) for p in packed)[:3], sorted(struct.unpack('<ii', p) for p in packed)[-1])
