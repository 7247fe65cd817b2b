class C: pass
try: C(1)
except TypeError as e: print(e)
class D:
    def __new__(cls, *a): return super().__new__(cls)
print(type(D(1,2)).__name__)
class E(Exception): pass
print(E(1))
import threading
class L(threading.local): pass
try: L(1)
except TypeError as e: print(e)
