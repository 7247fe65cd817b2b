# selectors: modify() details per class (events vs data changes, the file object kept, invalid
# events), the get_map() view, closed selectors, select() on socket pairs with and without timeouts.
import selectors
import socket


def show(label, f):
    try:
        r = f()
        print(label, r)
    except Exception as e:
        print(label, type(e).__name__, e)


for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    ra, wa = socket.socketpair()
    rfd, wfd = ra.fileno(), wa.fileno()

    class Pipe:
        def fileno(self):
            return rfd

        def __repr__(self):
            return 'Pipe'
    print('--', cls.__name__)
    sel = cls()
    pipe = Pipe()
    k1 = sel.register(pipe, selectors.EVENT_READ, 'd1')
    k2 = sel.modify(pipe, selectors.EVENT_READ, 'd2')
    print(k2.fileobj, k2.events, k2.data, k1 is k2, sel.get_key(rfd).data)
    k3 = sel.modify(rfd, selectors.EVENT_READ | selectors.EVENT_WRITE, 'd3')
    print(type(k3.fileobj).__name__, k3.events, k3.data)
    k4 = sel.modify(pipe, selectors.EVENT_READ | selectors.EVENT_WRITE, 'd3')
    print(k4 is k3 or k4 == k3)
    show('modify bad', lambda: sel.modify(pipe, 4).events)
    show('still there', lambda: len(sel.get_map()))
    show('modify missing', lambda: sel.modify(999, selectors.EVENT_READ))
    show('unregister missing', lambda: sel.unregister(998))
    if len(sel.get_map()) == 0:
        sel.register(pipe, selectors.EVENT_READ, 'again')
    else:
        print(sel.get_key(pipe).events)
        sel.modify(pipe, selectors.EVENT_READ, 'again')
    m = sel.get_map()
    print(len(m), list(m) == [rfd], m[rfd].data, rfd in m, 5000 in m, m.get(5000))
    show('map missing', lambda: m[5000])
    print(sel.select(0))
    wa.send(b'x')
    ready = sel.select(timeout=1)
    print([(k.data, ev) for k, ev in ready])
    print([(k.data, ev) for k, ev in sel.select(None)])
    ra.recv(1)
    print(sel.select(0.01), sel.select(-5))
    wsel = cls()
    wsel.register(wfd, selectors.EVENT_WRITE, 'w')
    print([(k.data, ev) for k, ev in wsel.select(0)])
    wsel.close()
    with sel as s:
        print(s is sel)
    print(sel.get_map())
    show('closed get_key', lambda: sel.get_key(rfd))
    ra.close()
    wa.close()
print(selectors.DefaultSelector.__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.SelectorKey._fields, selectors.SelectorKey(1, 2, 3, 4))
print(issubclass(selectors.EpollSelector, selectors.BaseSelector), hasattr(selectors.EpollSelector(), 'fileno'))
