# Ctrl-C (SIGINT) while the main thread of a child waits in a blocking call: KeyboardInterrupt is
# raised there, as in CPython. input(), sys.stdin and file objects on a pipe that stays open
# waited for ever before (the read restarted after the signal). A KeyboardInterrupt nobody
# catches ends the child by SIGINT itself, as CPython's (returncode -2, not 130).
import signal
import subprocess
import sys

CASES = {
    "input": "input()",
    "sys.stdin.readline": "sys.stdin.readline()",
    "sys.stdin.read": "sys.stdin.read()",
    "for line in sys.stdin": "for line in sys.stdin: pass",
    "time.sleep": "import time; time.sleep(60)",
    "Lock.acquire": "import threading; l = threading.Lock(); l.acquire(); l.acquire()",
    "Lock.acquire(timeout)": "import threading; l = threading.Lock(); l.acquire(); l.acquire(timeout=60)",
    "Queue.get": "import queue; queue.Queue().get()",
    "Event.wait": "import threading; threading.Event().wait()",
    "Condition.wait": "import threading; c = threading.Condition()\nwith c: c.wait()",
    "select.select": "import select, os; r, w = os.pipe(); select.select([r], [], [])",
    "socket.accept": "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(); s.accept()",
    "socket.recv": "import socket; a, b = socket.socketpair(); a.recv(10)",
    "Thread.join": "import threading; t = threading.Thread(target=threading.Event().wait, daemon=True); t.start(); t.join()",
    "os.read": "import os; r, w = os.pipe(); os.read(r, 1)",
    "file.readline (pipe)": "import os; r, w = os.pipe(); os.fdopen(r).readline()",
    "file.read (pipe, binary)": "import os; r, w = os.pipe(); os.fdopen(r, 'rb').read(1)",
}

# 'ready' is printed inside the try: a signal that comes while print() returns is caught too.
CAUGHT = "import sys\ntry:\n    print('ready', flush=True)\n{body}\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt caught')\nprint('after')\n"
UNCAUGHT = "import sys\nprint('ready', flush=True)\n{body}\nprint('after')\n"


def interrupted(code):
    """Runs `code` in a child, sends it SIGINT once it is ready, and returns what it did. Its
    stdin is a pipe that stays open until it has ended."""
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ready = child.stdout.readline()
    child.send_signal(signal.SIGINT)
    try:
        child.wait(timeout=30)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        return "hung", ready, b"", b""
    out, err = child.stdout.read(), child.stderr.read()
    child.stdin.close()
    child.stdout.close()
    child.stderr.close()
    return child.returncode, ready, out, err


for name, body in CASES.items():
    indented = "\n".join("    " + line for line in body.splitlines())
    code, ready, out, err = interrupted(CAUGHT.format(body=indented))
    print(f"{name:26} {code} {ready + out!r}")

for name in ["input", "time.sleep", "Queue.get"]:
    code, ready, out, err = interrupted(UNCAUGHT.format(body=CASES[name]))
    last = err.decode().strip().splitlines()[-1:]
    print(f"{name + ' (uncaught)':26} {code} {ready + out!r} {last}")
