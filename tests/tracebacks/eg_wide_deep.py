# Groups wider than 15 and deeper than 10 are elided as CPython does; notes and causes inside boxes.
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])
wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)])
noted = TypeError("noted")
noted.add_note("note one\nsecond line")
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise OSError("caused") from z
except OSError as o:
    caused = o
raise ExceptionGroup("top", [wide, deep(12), noted, caused])
