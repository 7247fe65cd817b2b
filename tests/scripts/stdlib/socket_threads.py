# Threads and sockets: a threaded TCP echo server with 20 concurrent clients (results sorted),
# a blocked accept() and recv() that other threads wake by connecting and sending, and a
# timeout in one thread while others keep running.
import socket
import threading

listener = socket.create_server(("127.0.0.1", 0))
address = listener.getsockname()
workers = []


def handle(conn):
    with conn:
        f = conn.makefile("rb")
        for line in f:
            conn.sendall(b"echo " + line)
        f.close()


def acceptor(n):
    for _ in range(n):
        conn, _ = listener.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        workers.append(t)


acc = threading.Thread(target=acceptor, args=(20,))
acc.start()
results = []
lock = threading.Lock()


def client(i):
    with socket.create_connection(address) as c:
        f = c.makefile("rwb")
        got = []
        for j in range(3):
            f.write(b"client %02d message %d\n" % (i, j))
            f.flush()
            got.append(f.readline().strip().decode())
        f.close()
        with lock:
            results.append(got)


clients = [threading.Thread(target=client, args=(i,)) for i in range(20)]
for c in clients:
    c.start()
for c in clients:
    c.join()
acc.join()
for w in workers:
    w.join()
listener.close()
print(len(results))
for r in sorted(results)[:3] + sorted(results)[-2:]:
    print(r)

# A thread blocked in recv() is woken by data from another thread.
a, b = socket.socketpair()
got = []
reader = threading.Thread(target=lambda: got.append(a.recv(100)))
reader.start()
b.sendall(b"wake up")
reader.join()
print(got)

# A thread blocked in accept(): the GIL is free meanwhile, so the main thread connects.
srv = socket.create_server(("127.0.0.1", 0))
accepted = []
t = threading.Thread(target=lambda: accepted.append(srv.accept()[0]))
t.start()
c = socket.create_connection(srv.getsockname())
t.join()
accepted[0].sendall(b"accepted")
print(c.recv(100))
for s in (accepted[0], c, srv, a, b):
    s.close()

# One thread times out while another counts: a timeout does not hold the GIL.
x, y = socket.socketpair()
x.settimeout(0.2)
outcome = []


def waiter():
    try:
        x.recv(1)
    except TimeoutError as e:
        outcome.append(str(e))


counter = [0]
stop = threading.Event()


def count():
    while not stop.is_set():
        counter[0] += 1


w = threading.Thread(target=waiter)
k = threading.Thread(target=count)
w.start()
k.start()
w.join()
stop.set()
k.join()
print(outcome, counter[0] > 0)
x.close()
y.close()
