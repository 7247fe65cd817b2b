# A Manager's server reads nothing longer than a challenge answer from a peer that has not
# authenticated: a raw socket that announces a huge message is cut off, and the manager goes on
# serving its real clients. Also: a wrong key, a garbage answer, and Listener/Client with keys.
import multiprocessing as mp
import socket
from multiprocessing.connection import Listener, Client
import threading


def recv_exact(s, n):
    data = b''
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data


def raw_peer(address, payload):
    """Connects without a key, reads the challenge, sends `payload`; what the server does next."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(address)
    header = recv_exact(s, 4)
    n = int.from_bytes(header, 'big')
    challenge = recv_exact(s, n)
    s.sendall(payload)
    rest = b''
    try:
        while True:
            chunk = s.recv(1 << 16)
            if not chunk:
                break
            rest += chunk
    except ConnectionResetError:
        pass   # closed with our message unread
    s.close()
    return challenge.startswith(b'#CHALLENGE#'), rest


if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict(k=1)
        # A length of about 2 GiB (either byte order), and nothing after it.
        ok, rest = raw_peer(m.address, b'\x7f\xff\xff\xff')
        print("challenge seen:", ok, "| huge length: connection closed")
        # A length just over what a digest may be, with that many bytes behind it.
        ok, rest = raw_peer(m.address, (300).to_bytes(4, 'big') + b'x' * 300)
        print("300-byte answer refused: connection closed")
        # A small wrong answer is refused with the failure message.
        ok, rest = raw_peer(m.address, (4).to_bytes(4, 'big') + b'abcd')
        print("wrong digest:", b'#FAILURE#' in rest)
        print("manager still serves:", d['k'], len(d))

    # Listener and Client with an authkey: both sides check the other.
    with Listener(authkey=b'secret') as listener:
        def serve():
            with listener.accept() as conn:
                conn.send(conn.recv() * 2)
        t = threading.Thread(target=serve)
        t.start()
        with Client(listener.address, authkey=b'secret') as c:
            c.send([1, 'a'])
            print("listener answered:", c.recv())
        t.join()

    with Listener(authkey=b'secret') as listener:
        errors = []

        def serve_wrong():
            try:
                listener.accept()
            except mp.AuthenticationError as e:
                errors.append(str(e))
        t = threading.Thread(target=serve_wrong)
        t.start()
        try:
            Client(listener.address, authkey=b'other')
        except mp.AuthenticationError as e:
            print("client with the wrong key:", type(e).__name__, e)
        t.join()
        print("listener saw:", errors)

    a, b = mp.Pipe()
    a.send_bytes(b'x' * 100)
    try:
        b.recv_bytes(10)
    except OSError as e:
        print("recv_bytes(maxlength) too short:", type(e).__name__, e)
    try:
        b.recv_bytes(-1)
    except Exception as e:
        print(type(e).__name__, e)
    print(b.readable, b.writable, b.closed)
    a, b = mp.Pipe(duplex=False)
    b.send_bytes(b'y' * 50)
    try:
        a.recv_bytes(49)
    except OSError as e:
        print("one-way end closed after a message too long:", e, a.closed)
    a, b = mp.Pipe()
    a.send_bytes(b'12345', 1, 3)
    print(b.poll(), b.recv_bytes(3), b.poll())
    for args in ((-1,), (6,), (0, -1), (2, 4)):
        try:
            a.send_bytes(b'12345', *args)
        except ValueError as e:
            print(args, type(e).__name__, e)

