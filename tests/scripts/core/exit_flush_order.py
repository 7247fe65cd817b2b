# The main module's output reaches a pipe before the program waits for its threads: a child
# process that prints only once the main module has ended comes after the parent's last print.
import multiprocessing
import sys
import threading

released = multiprocessing.Event()
printed = multiprocessing.Event()


def child():
    released.wait()
    print("child: after the parent's last print")
    sys.stdout.flush()
    printed.set()


def after_main():
    threading.main_thread().join()
    released.set()
    printed.wait()
    print("thread: after the child")


p = multiprocessing.Process(target=child)
p.start()
threading.Thread(target=after_main).start()
print("parent: last print of the main module")
