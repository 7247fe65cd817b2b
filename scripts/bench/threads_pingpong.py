# Two threads pass a token back and forth through two queue.Queue: every hop is a blocking
# get, a wake-up and a GIL hand-over.
import queue
import threading

from benchlib import run

N = 15_000


def player(inbox, outbox, count):
    for _ in range(count):
        outbox.put(inbox.get() + 1)


def main():
    ping = queue.Queue()
    pong = queue.Queue()
    a = threading.Thread(target=player, args=(ping, pong, N))
    b = threading.Thread(target=player, args=(pong, ping, N))
    a.start()
    b.start()
    ping.put(0)
    a.join()
    b.join()
    return ping.get()


run(main)
