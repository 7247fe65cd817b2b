# asyncio datagram endpoints on 127.0.0.1: DatagramProtocol and DatagramTransport.
import asyncio

class Server(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)

class Client(asyncio.DatagramProtocol):
    def __init__(self, fut):
        self.fut = fut
        self.got = []
    def connection_made(self, transport):
        for word in (b'abc', b'hello', b'xyz'):
            transport.sendto(word)
    def datagram_received(self, data, addr):
        self.got.append(data)
        if len(self.got) == 3:
            self.fut.set_result(sorted(self.got))
    def error_received(self, exc):
        print('error', exc)
    def connection_lost(self, exc):
        print('client lost', exc)

async def main():
    loop = asyncio.get_running_loop()
    st, sp = await loop.create_datagram_endpoint(Server, local_addr=('127.0.0.1', 0))
    addr = st.get_extra_info('sockname')
    fut = loop.create_future()
    ct, cp = await loop.create_datagram_endpoint(lambda: Client(fut), remote_addr=addr)
    print(await fut)
    print(isinstance(ct, asyncio.DatagramTransport))
    try:
        ct.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as e:
        print('ValueError', str(e).split(' or ')[0])
    ct.close()
    st.close()
    await asyncio.sleep(0)
    try:
        await loop.create_datagram_endpoint(Server, local_addr=('127.0.0.1', 0), reuse_address=True)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
