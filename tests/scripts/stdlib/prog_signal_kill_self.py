# A signal a process sends itself is handled as soon as os.kill returns: two in a row run the
# handler twice.
import os, signal
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(signal.Signals(s).name))
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got)
def boom(s, f):
    raise ValueError("from handler")
signal.signal(signal.SIGUSR2, boom)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print("not raised")
except ValueError as e:
    print("raised", e)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
os.kill(os.getpid(), 0)
print(got)
