import os
import queue
import signal
import threading

seen = []
done = threading.Event()


def handler(signum, frame):
    seen.append((signal.Signals(signum).name, threading.current_thread().name))
    done.set()


signal.signal(signal.SIGUSR1, handler)


def worker():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        print('worker:', e)
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        print('worker:', e)
    os.kill(os.getpid(), signal.SIGUSR1)


t = threading.Thread(target=worker, name='Worker')
t.start()
done.wait()  # interrupted to run the handler in the main thread, then sees the event set
t.join()
print(seen)

# pthread_kill from a thread to the main thread; the main thread waits on a queue.
q = queue.Queue()
done.clear()
seen.clear()


def sender():
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
    done.wait()
    q.put('sent')


t = threading.Thread(target=sender)
t.start()
print(q.get(), seen)
t.join()

# A lock acquire in the main thread is interrupted too and resumes.
lock = threading.Lock()
lock.acquire()
seen.clear()


def releaser():
    os.kill(os.getpid(), signal.SIGUSR1)
    done.wait()
    lock.release()


done.clear()
t = threading.Thread(target=releaser)
t.start()
print(lock.acquire(), seen)
t.join()

# pthread_sigmask: blocked signals wait until unblocked.
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print('old mask', old)
seen.clear()
signal.raise_signal(signal.SIGUSR1)
print('blocked, pending:', signal.SIGUSR1 in signal.sigpending(), seen)
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print('unblocked', seen)
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))

# set_wakeup_fd: the signal number is written to the descriptor.
import socket
a, b = socket.socketpair()
try:
    signal.set_wakeup_fd(b.fileno())
except ValueError as e:
    print('blocking fd refused:', type(e).__name__, 'non-blocking' in str(e))
b.setblocking(False)
print(signal.set_wakeup_fd(b.fileno()))
seen.clear()
signal.raise_signal(signal.SIGUSR1)
print(a.recv(10), seen)
print(signal.set_wakeup_fd(-1) == b.fileno())
a.close()
b.close()
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print('done')
