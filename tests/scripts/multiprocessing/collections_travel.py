# A namedtuple, a Counter and a deque travel through a multiprocessing.Queue.
import multiprocessing as mp
from collections import namedtuple, Counter, defaultdict, deque
Point = namedtuple('Point', 'x y')
def work(q):
    q.put(Point(1, 2))
    q.put(Counter('aab'))
    q.put(deque([1, 2]))
if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(), q.get())
    try:
        print(q.get(timeout=2))
    except Exception as e:
        print(type(e).__name__)
    p.join()
