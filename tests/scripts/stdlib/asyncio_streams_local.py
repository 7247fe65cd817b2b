# asyncio streams over a local server: start_server / open_connection, async with server.
import asyncio

async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b'echo: ' + data)
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    results = []
    for i in range(3):
        r, w = await asyncio.open_connection('127.0.0.1', port)
        w.write(f'line {i}\n'.encode())
        await w.drain()
        results.append(await r.read())
        w.close()
        await w.wait_closed()
    print(results)
    async with server:
        pass
    print(server.is_serving())

asyncio.run(main())
