# A Manager under spawn: its server is a spawned gilpy; proxies work in a spawned child.
import multiprocessing as mp, os
def child(d, ev):
    d['child'] = 'ok'
    ev.set()
if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    with ctx.Manager() as m:
        print(m._process.name, m._process.pid != os.getpid())
        d = m.dict(); ev = m.Event()
        p = ctx.Process(target=child, args=(d, ev)); p.start(); p.join()
        print(dict(d), ev.is_set())
