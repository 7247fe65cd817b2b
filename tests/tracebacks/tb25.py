def d(fn): raise ValueError
@d
def g(): pass
