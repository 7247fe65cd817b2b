# A counter behind one contended Lock, incremented by 4 threads.
import threading

from benchlib import run

counter = 0
lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def main():
    threads = [threading.Thread(target=bump, args=(500_000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


run(main)
