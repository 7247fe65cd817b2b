# A coroutine dropped before it ever ran: CPython's RuntimeWarning on stderr.


async def job():
    return 1


job()
print("after the dropped coroutine")
c = job()
c.close()
print("closed ones give no warning")
