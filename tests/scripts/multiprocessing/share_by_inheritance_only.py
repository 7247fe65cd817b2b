# Locks, queues and shared values travel only to a spawned child (as its Process arguments):
# put into a queue, each refuses with CPython's message.
import multiprocessing as mp

makers = [mp.Lock, mp.RLock, mp.Semaphore, mp.BoundedSemaphore, mp.Event, mp.Condition, mp.Queue,
          mp.SimpleQueue, mp.JoinableQueue, lambda: mp.Value('i', 1), lambda: mp.Array('i', 3)]
channel = mp.SimpleQueue()
for make in makers:
    try:
        channel.put(make())
    except RuntimeError as e:
        print("RuntimeError:", e)
channel.put("plain data still travels")
print(channel.get())
