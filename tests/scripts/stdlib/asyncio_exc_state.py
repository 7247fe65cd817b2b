# The exception being handled belongs to the coroutine (or generator) that handles it: one paused
# inside an except clause takes it along, and the others never see it (sys.exc_info, bare raise).
import asyncio, sys
async def a():
    try:
        raise ValueError("a")
    except ValueError:
        await asyncio.sleep(0.01)
        print("a sees", repr(sys.exc_info()[1]))
        try:
            raise
        except ValueError as e:
            print("a reraised", e)
async def b():
    try:
        raise KeyError("b")
    except KeyError:
        await asyncio.sleep(0)
        print("b sees", repr(sys.exc_info()[1]))
    print("b after", sys.exc_info())
async def c():
    await asyncio.sleep(0.005)
    print("c sees", sys.exc_info())
    try:
        1/0
    except ZeroDivisionError:
        await asyncio.sleep(0.02)
        print("c in handler", repr(sys.exc_info()[1]))
    print("c after", sys.exc_info())
async def main():
    await asyncio.gather(a(), b(), c())
    print("main", sys.exc_info())
asyncio.run(main())
def g():
    try:
        raise ValueError("g")
    except ValueError:
        yield 1
        print("g sees", repr(sys.exc_info()[1]))
it = g()
next(it)
print("outside", sys.exc_info())
next(it, None)
print("end", sys.exc_info())
