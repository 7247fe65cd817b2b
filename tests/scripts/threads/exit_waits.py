# The interpreter waits for non-daemon threads (started from threads, too) before it exits;
# daemon threads do not hold it up.
import threading

go = threading.Event()
never = threading.Event()


def child():
    go.wait()
    print("child done after main's last line", flush=True)


def parent():
    threading.Thread(target=child).start()
    print("parent done", flush=True)


p = threading.Thread(target=parent)
p.start()
p.join()
threading.Thread(target=never.wait, daemon=True).start()
print("main's last line", flush=True)
go.set()
