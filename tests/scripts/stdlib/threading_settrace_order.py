# threading.settrace / setprofile hooks start in a new thread just before run(): the first call
# event they see is run's, then the target's.
import sys, threading

seen = []

def tracer(frame, event, arg):
    seen.append((event, frame.f_code.co_name))
    return None

def target(x):
    return x + 1

threading.settrace(tracer)
t = threading.Thread(target=target, args=(1,))
t.start()
t.join()
threading.settrace(None)
print(seen[:2])

calls = []
def profiler(frame, event, arg):
    if event == "call":
        calls.append(frame.f_code.co_name)
threading.setprofile(profiler)
t = threading.Thread(target=target, args=(2,))
t.start()
t.join()
threading.setprofile(None)
print(calls[:2])
