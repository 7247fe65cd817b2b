"""The convoy effect over real sockets (Beazley, "Understanding the Python GIL", 2010): a threaded
TCP echo server on loopback and a client thread sending short messages one after the other. Each
request makes both threads block in recv() and give the GIL up; each must get it back before it
can answer. Alone, a round trip costs a few system calls. Next to CPU-bound threads, every
re-acquisition waits for a CPU thread to let the GIL go (python3: up to its 5 ms switch
interval), so requests per second collapse: the convoy.
Prints a table: requests per second alone, next to 1 and next to 2 CPU-bound threads, and how far
the CPU threads counted. Bounded: REQUESTS per phase, or LIMIT seconds, whichever comes first.
Usage: gilpy [--gil POLICY] echo_convoy.py [REQUESTS] [LIMIT]   (also runs under python3)."""
import socket
import sys
import threading
import time

REQUESTS = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
LIMIT = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
MESSAGE = b"ping\n"


def serve(listener):
    """Echoes every connection's bytes back until the peer closes it (one thread per client)."""
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        threading.Thread(target=echo, args=(conn,), daemon=True).start()


def echo(conn):
    with conn:
        while True:
            data = conn.recv(4096)
            if not data:
                return
            conn.sendall(data)


def client(address, result):
    """Sends REQUESTS messages one at a time, each waiting for its echo; records the rate."""
    with socket.create_connection(address) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        start = time.perf_counter()
        done = 0
        while done < REQUESTS and time.perf_counter() - start < LIMIT:
            sock.sendall(MESSAGE)
            got = b""
            while len(got) < len(MESSAGE):
                chunk = sock.recv(4096)
                if not chunk:
                    raise ConnectionError("server closed the connection")
                got += chunk
            done += 1
        result.append((done, time.perf_counter() - start))


def spin(stop, counts):
    n = 0
    while not stop.is_set():
        n += 1
    counts.append(n)


def phase(address, cpu_threads):
    stop = threading.Event()
    counts = []
    spinners = [threading.Thread(target=spin, args=(stop, counts)) for _ in range(cpu_threads)]
    for t in spinners:
        t.start()
    result = []
    c = threading.Thread(target=client, args=(address, result))
    c.start()
    c.join()
    stop.set()
    for t in spinners:
        t.join()
    done, elapsed = result[0]
    return done, elapsed, sum(counts)


def main():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    server = threading.Thread(target=serve, args=(listener,), daemon=True)
    server.start()
    address = listener.getsockname()
    print(f"echo round trips over loopback TCP, {REQUESTS} requests (at most {LIMIT:g} s) per phase")
    print(f"{'CPU threads':>11}  {'requests':>8}  {'seconds':>7}  {'req/s':>9}  {'vs alone':>8}  {'CPU count':>11}")
    alone_rate = None
    for cpu_threads in (0, 1, 2):
        done, elapsed, counted = phase(address, cpu_threads)
        rate = done / elapsed if elapsed > 0 else 0.0
        if alone_rate is None:
            alone_rate = rate
        ratio = rate / alone_rate if alone_rate else 0.0
        print(f"{cpu_threads:>11}  {done:>8}  {elapsed:>7.2f}  {rate:>9.0f}  {ratio:>7.2f}x  {counted:>11}")
    listener.close()


main()
