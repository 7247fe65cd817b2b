# bytearray under threads: appends and slice edits from many threads keep every byte.
import threading
ba = bytearray()
def work(k):
    for i in range(500):
        ba.append(k)
        if i % 50 == 0:
            ba[0:0] = bytes([k])
            del ba[0]
threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(ba), sorted(set(ba)), [ba.count(k) for k in range(8)])
shared = bytearray(1000)
def fill(k):
    for i in range(k * 100, (k + 1) * 100):
        shared[i] = k + 1
threads = [threading.Thread(target=fill, args=(k,)) for k in range(10)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(bytes(shared[::100]), sum(shared))
