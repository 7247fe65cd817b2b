"""multiprocessing.connection: Pipe ends (both kinds), argument checks, bytes windows, recv_bytes_into,
maxlength, closing, Listener/Client with and without an authkey (threads), wrong keys, wait()."""
import threading, os, array
from multiprocessing.connection import Pipe, Listener, Client, wait, Connection
from multiprocessing import AuthenticationError, BufferTooShort
import multiprocessing.connection as mc

def e(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__, ex)

a, b = Pipe()
a.send({'x': [1, 2, (3, 'four')]}); print(b.recv())
b.send_bytes(b'hello world', 6); print(a.recv_bytes())
b.send_bytes(b'hello world', 0, 5); print(a.recv_bytes())
b.send_bytes(bytearray(b'abc'), 1, 1); print(a.recv_bytes())
b.send_bytes(memoryview(b'xyz')); print(a.recv_bytes())
b.send_bytes(b''); print(a.recv_bytes())
e(b.send_bytes, b'abc', -1); e(b.send_bytes, b'abc', 4); e(b.send_bytes, b'abc', 1, -1); e(b.send_bytes, b'abc', 1, 3)
e(a.recv_bytes, -1)
b.send_bytes(b'0123456789'); buf = bytearray(20); print(a.recv_bytes_into(buf, 5), bytes(buf))
b.send_bytes(b'0123456789'); buf = bytearray(12)
try:
    a.recv_bytes_into(buf, 5)
except BufferTooShort as ex:
    print('BufferTooShort', ex.args[0])
b.send_bytes(b'abc'); arr = array.array('b', [0] * 8); print(a.recv_bytes_into(arr), arr.tolist())
e(a.recv_bytes_into, bytearray(3), -1); e(a.recv_bytes_into, bytearray(3), 4)
print(a.poll(), a.poll(0.01)); b.send(1); print(a.poll(1), a.recv())
b.send_bytes(b'x' * 100); e(a.recv_bytes, 10); print(a.readable, a.writable, a.closed)
print(a.readable, b.readable, b.writable, a.closed, isinstance(a.fileno(), int))
a.close(); b.close(); print(a.closed); e(a.send, 1); e(a.recv); e(a.fileno); e(a.poll)
r, w = Pipe(duplex=False)
print(r.readable, r.writable, w.readable, w.writable)
e(r.send, 1); e(w.recv); e(w.recv_bytes); e(r.send_bytes, b'x'); e(w.poll)
w.send('pipe'); print(r.recv())
w.send_bytes(b'x' * 100); e(r.recv_bytes, 10); print(r.closed)
w.close()
e(Connection, 5, False, False)
with Pipe()[0] as c:
    pass
print(c.closed)
# wait
p1, q1 = Pipe(); p2, q2 = Pipe()
print(wait([p1, p2], 0)); q2.send(5); print(wait([p1, p2], 1) == [p2]); print(wait([p1], 0.01))
# Listener / Client
for key in (None, b'secret'):
    with Listener(authkey=key) as lst:
        addr = lst.address
        got = []
        def serve():
            conn = lst.accept()
            got.append(conn.recv())
            conn.send(('echo', got[-1]))
            conn.close()
        t = threading.Thread(target=serve); t.start()
        with Client(addr, authkey=key) as cl:
            cl.send([1, 2, 3]); print(cl.recv())
        t.join()
        print(got, lst.last_accepted is not None, os.path.exists(addr))
    print(os.path.exists(addr))
with Listener(authkey=b'right') as lst:
    errs = []
    def serve():
        try:
            lst.accept()
        except Exception as ex:
            errs.append((type(ex).__name__, str(ex)))
    t = threading.Thread(target=serve); t.start()
    try:
        Client(lst.address, authkey=b'wrong')
    except AuthenticationError as ex:
        print('client', ex)
    t.join(); print(errs)
e(Listener, authkey='str'); e(Client, '/nonexistent/socket/path')
e(mc.deliver_challenge, None, 'k'); e(mc.answer_challenge, None, 5)
l = Listener(); l.close(); e(l.accept); l.close()
print(mc.__all__)
with Listener() as lst:
    t = threading.Thread(target=lambda: lst.accept().close()); t.start()
    e(Client, lst.address, authkey='s'); t.join()
