# An uncaught group of caught exceptions with their own tracebacks, and a nested group.
def g(i):
    raise ValueError(i)
def f():
    excs = []
    for i in range(3):
        try:
            g(i)
        except ValueError as e:
            excs.append(e)
    raise ExceptionGroup("many", excs + [ExceptionGroup("nested", [TypeError("t"), KeyboardInterrupt()]) if False else ExceptionGroup("nested", [TypeError("t")])])
f()
