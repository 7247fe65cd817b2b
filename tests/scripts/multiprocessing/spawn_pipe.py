# Under spawn, both kinds of Pipe ends travel to the child (as inherited descriptors); EOF once it closes them.
import multiprocessing as mp
def f(conn, w):
    conn.send(['hi', 1])
    conn.send(('echo', conn.recv()))
    w.send_bytes(b'raw')
    conn.close()
    w.close()
if __name__ == '__main__':
    mp.set_start_method('spawn')
    a, b = mp.Pipe()
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=f, args=(b, w))
    p.start()
    b.close()
    w.close()
    print(a.recv())
    a.send('pong')
    print(a.recv(), r.recv_bytes())
    p.join()
    try:
        a.recv()
    except EOFError:
        print('EOF after child closed')
    print(p.exitcode)
