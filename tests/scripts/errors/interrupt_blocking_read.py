# Ctrl-C (SIGINT) while the main thread is blocked reading or writing a pipe raises KeyboardInterrupt
# there, as in CPython (before, the read resumed after the signal and waited for ever).
import os, signal, threading

for what in ("read", "write"):
    r, w = os.pipe()
    try:
        threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
        if what == "read":
            os.read(r, 10)
        else:
            while True:
                os.write(w, b"x" * 65536)
        print(what, "returned")
    except KeyboardInterrupt:
        print(what, "KeyboardInterrupt")
    os.close(r)
    os.close(w)
print("end")
