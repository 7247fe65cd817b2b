# The numeric special methods of int, bool and float as attributes, called directly, and the
# value attributes (real, imag, numerator, denominator) on instances of subclasses.

class MyInt(int):
    pass

class MyFloat(float):
    pass

def show(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

for x in [7, -7, True, MyInt(7), 2**70]:
    show(lambda: x.__floor__()); show(lambda: x.__ceil__()); show(lambda: x.__trunc__())
    show(lambda: x.__round__()); show(lambda: x.__round__(-1)); show(lambda: x.__invert__())
    show(lambda: x.__divmod__(3)); show(lambda: x.__rdivmod__(100)); show(lambda: x.__divmod__(1.5))
    show(lambda: x.__rand__(6)); show(lambda: x.__ror__(8)); show(lambda: x.__rxor__(5))
    show(lambda: x.__rlshift__(1)); show(lambda: x.__rrshift__(1024)); show(lambda: x.__rand__(1.5))
    show(lambda: x.__getnewargs__()); show(lambda: x.__format__("08b")); show(lambda: x.__format__(""))
    show(lambda: x.real); show(lambda: x.imag); show(lambda: x.numerator); show(lambda: x.denominator)
    show(lambda: x.conjugate())

for x in [2.5, -2.5, MyFloat(3.75), float("inf"), float("nan")]:
    show(lambda: x.__floor__()); show(lambda: x.__ceil__()); show(lambda: x.__trunc__())
    show(lambda: x.__round__()); show(lambda: x.__round__(1)); show(lambda: x.__divmod__(2))
    show(lambda: x.__rdivmod__(7)); show(lambda: x.__divmod__("a")); show(lambda: x.__getnewargs__())
    show(lambda: x.__format__(".3f")); show(lambda: x.conjugate()); show(lambda: x.real); show(lambda: x.imag)

import math
print(math.floor(MyFloat(2.5)), math.ceil(MyInt(3)), math.trunc(-2.5), round(MyFloat(2.675), 2), divmod(MyInt(9), 4))
show(lambda: (5).__floor__(1)); show(lambda: (5.0).__format__(5)); show(lambda: (5).__divmod__())
