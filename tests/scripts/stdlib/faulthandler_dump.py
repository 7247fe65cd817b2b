# faulthandler: dump_traceback (this thread, all threads), enable/disable/is_enabled,
# dump_traceback_later (fires once, can be cancelled), register/unregister, and the errors.
import faulthandler
import io
import os
import re
import signal
import sys
import tempfile
import threading
import time


def read_back(path):
    with open(path) as f:
        text = f.read()
    text = re.sub(r'0x[0-9a-f]{16}', '0xID', text)
    # Keep this file's frames and the headers: the stdlib's lines differ between versions.
    keep = [line for line in text.splitlines() if 'File' not in line or os.path.basename(__file__) in line]
    return [re.sub(r'File ".*?([^/"]+)"', r'File "\1"', line) for line in keep]


def dumped(fn):
    with tempfile.TemporaryFile('w+') as f:
        fn(f)
        f.seek(0)
        name = '/proc/self/fd/%d' % f.fileno()
        return read_back(name)


def level_one(f, all_threads):
    return level_two(f, all_threads)


def level_two(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)


for line in dumped(lambda f: level_one(f, False)):
    print(line)
for line in dumped(lambda f: level_one(f, True)):
    print(line)

ev = threading.Event()


def parked():
    ev.wait()


t = threading.Thread(target=parked)
t.start()
time_out = time.monotonic() + 10
while t.ident not in sys._current_frames() and time.monotonic() < time_out:
    time.sleep(0.005)
for line in dumped(lambda f: faulthandler.dump_traceback(f)):
    print(line)
ev.set()
t.join()

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled())
for bad in (1.5, io.StringIO(), -1):
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (0, -1):
    try:
        faulthandler.dump_traceback_later(bad)
    except Exception as e:
        print(type(e).__name__, e)

# dump_traceback_later: cancelled in time, then let fire once.
with tempfile.NamedTemporaryFile('w+', delete=False) as tmp:
    path = tmp.name
with open(path, 'w') as out:
    faulthandler.dump_traceback_later(30, file=out)
    faulthandler.cancel_dump_traceback_later()
    faulthandler.dump_traceback_later(0.05, file=out)
    deadline = time.monotonic() + 10
    while os.path.getsize(path) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.01)
    faulthandler.cancel_dump_traceback_later()
lines = read_back(path)
print(lines[0])
print(any('Current thread' in line or line.startswith('Thread') for line in lines))
os.unlink(path)

# register: SIGUSR1 writes the stack, then unregister restores the handler.
with tempfile.TemporaryFile('w+') as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1)
    deadline = time.monotonic() + 10
    while os.path.getsize('/proc/self/fd/%d' % f.fileno()) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
    f.seek(0)
    print(read_back('/proc/self/fd/%d' % f.fileno())[:1])
