# An exception escaping asyncio.run's coroutine ends the program with its traceback.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("no good")


async def main():
    print("main starts")
    await inner()


asyncio.run(main())
