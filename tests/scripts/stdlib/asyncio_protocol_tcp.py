# asyncio protocols over real sockets: loop.create_server / create_connection, Server, transports.
import asyncio

log = []


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        peer = transport.get_extra_info('peername')
        log.append(('server made', peer[0], transport.get_extra_info('socket').fileno() > 2))

    def data_received(self, data):
        log.append(('server got', data))
        if data == b'quit':
            self.transport.close()
            return
        self.transport.write(data.upper())

    def eof_received(self):
        log.append(('server eof',))

    def connection_lost(self, exc):
        log.append(('server lost', exc))


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.got = []

    def connection_made(self, transport):
        self.transport = transport
        log.append(('client made', transport.is_closing(), transport.can_write_eof()))
        transport.write(b'hello')

    def data_received(self, data):
        self.got.append(data)
        log.append(('client got', data))
        if data == b'HELLO':
            self.transport.writelines([b'wor', b'ld'])
        elif data == b'WORLD':
            self.transport.write(b'quit')

    def eof_received(self):
        log.append(('client eof',))

    def connection_lost(self, exc):
        log.append(('client lost', exc))
        self.done.set_result(b''.join(self.got))


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, '127.0.0.1', 0)
    print(type(server).__name__, server.is_serving(), len(server.sockets), isinstance(server, asyncio.AbstractServer))
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print(type(protocol).__name__, isinstance(transport, asyncio.Transport), transport.get_write_buffer_size())
    print(transport.get_write_buffer_limits())
    result = await done
    print('result', result)
    print(transport.is_closing())
    server.close()
    await server.wait_closed()
    print('serving', server.is_serving(), server.sockets)
    for entry in log:
        print(*entry)
    try:
        transport.write('text')
    except TypeError as e:
        print('TypeError', e)
    try:
        await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, e.errno)
    for bad in [dict(sock=1), dict()]:
        try:
            await loop.create_connection(asyncio.Protocol, '127.0.0.1' if bad else None, port if bad else None, **bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        await loop.create_server(asyncio.Protocol)
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
