# An uncaught exception group made by except*: the new KeyError (with its context) and the rest.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
f()
