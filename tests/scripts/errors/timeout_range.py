# Timeouts past what a platform time can hold, NaN and huge ints: CPython's OverflowError and
# ValueError from sleep, locks, select, poll, epoll, sockets and multiprocessing's waits, never a
# panic or a wait for ever (issue 18: time.sleep(1e100) panicked).
import multiprocessing
import select
import socket
import threading
import time


def poll_ms(v):
    select.poll().poll(v)


def epoll(v):
    e = select.epoll()
    try:
        e.poll(v)
    finally:
        e.close()


def conn_poll(v):
    a, b = multiprocessing.Pipe()
    try:
        a.poll(v)
    finally:
        a.close()
        b.close()


def settimeout(v):
    s = socket.socket()
    try:
        s.settimeout(v)
    finally:
        s.close()


CALLS = {
    "time.sleep": time.sleep,
    "Lock.acquire": lambda v: threading.Lock().acquire(True, v),
    "RLock.acquire": lambda v: threading.RLock().acquire(True, v),
    "select": lambda v: select.select([], [], [], v),
    "socket.settimeout": settimeout,
    "socket.setdefaulttimeout": socket.setdefaulttimeout,
    "poll.poll": poll_ms,
    "epoll.poll": epoll,
    "Connection.poll": conn_poll,
}
VALUES = ["1e100", "float('inf')", "-float('inf')", "float('nan')", "1e10", "2**63", "10**100", "-10**100", "-1e100"]
for name, call in CALLS.items():
    for text in VALUES:
        value = eval(text)
        if name in ("poll.poll", "epoll.poll") and text in ("-float('inf')", "-1e100"):
            continue  # a negative wait there is a wait for ever
        try:
            call(value)
            print(name, text, "returned")
        except Exception as e:
            print(name, text, type(e).__name__, e)
socket.setdefaulttimeout(None)
print(time.sleep(0.0), time.sleep(0), threading.Lock().acquire(True, 0.0))
