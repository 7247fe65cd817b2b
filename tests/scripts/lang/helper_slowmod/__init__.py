# Imported by import_lock.py from two threads at once: it must run exactly once, and the
# second importer must see it finished.
import threading
import time

RUNS = []
RUNS.append(threading.current_thread().name)
_step = 0
while _step < 200:  # long enough for the other thread to reach its import
    _step += 1
    time.sleep(0.001)
READY = True
