# A custom threading.excepthook sees the exception; the default one prints to stderr and the
# program goes on with exit code 0.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def boom():
    raise KeyError("missing")


threading.excepthook = hook
t = threading.Thread(target=boom, name="custom")
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is silent")
t = threading.Thread(target=boom, name="default")
t.start()
t.join()
print("still running", threading.active_count())
