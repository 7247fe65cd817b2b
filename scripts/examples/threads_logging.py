"""Threads that report what they do through logging, in the style of the published threading
examples: each line names its thread with %(threadName)s. The order of lines from different
threads varies from run to run (as under CPython); sorted, the output is always the same:

    gilpy scripts/examples/threads_logging.py 2>&1 | sort
"""

import logging
import random
import threading
import time

logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s')


def worker():
    """A plain worker: starts, works a little, exits."""
    logging.debug('Starting')
    time.sleep(0.01)
    logging.debug('Exiting')


def my_service():
    logging.debug('Starting')
    time.sleep(0.02)
    logging.debug('Exiting')


class Counter:
    """A counter shared by threads, guarded by a lock."""

    def __init__(self, start=0):
        self.lock = threading.Lock()
        self.value = start

    def increment(self):
        logging.debug('Waiting for lock')
        with self.lock:
            logging.debug('Acquired lock')
            self.value = self.value + 1


def counting(c, times):
    for i in range(times):
        time.sleep(random.random() / 100)
        c.increment()
    logging.debug('Done')


def wait_for_event(e):
    logging.debug('wait_for_event starting')
    event_is_set = e.wait()
    logging.debug('event set: %s', event_is_set)


def consumer(cond, items):
    logging.debug('Starting consumer thread')
    with cond:
        cond.wait_for(lambda: items)
        logging.debug('Resource is available to consumer: %s', items[0])


def producer(cond, items):
    logging.debug('Starting producer thread')
    with cond:
        logging.debug('Making resource available')
        items.append('the resource')
        cond.notify_all()


class MyThread(threading.Thread):
    """A Thread subclass that logs its arguments."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None):
        threading.Thread.__init__(self, group=group, target=target, name=name)
        self.args = args
        self.kwargs = kwargs

    def run(self):
        logging.debug('running with %s and %s', self.args, self.kwargs)


def main():
    threads = [threading.Thread(name='my_service', target=my_service),
               threading.Thread(name='worker', target=worker),
               threading.Thread(target=worker)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    counter = Counter()
    counters = [threading.Thread(target=counting, args=(counter, 3), name='counter-%d' % i) for i in range(2)]
    for t in counters:
        t.start()
    for t in counters:
        t.join()
    logging.debug('Counter: %d', counter.value)

    e = threading.Event()
    waiter = threading.Thread(name='block', target=wait_for_event, args=(e,))
    waiter.start()
    logging.debug('Waiting before calling Event.set()')
    time.sleep(0.01)
    e.set()
    logging.debug('Event is set')
    waiter.join()

    cond = threading.Condition()
    items = []
    c = threading.Thread(name='c1', target=consumer, args=(cond, items))
    p = threading.Thread(name='p', target=producer, args=(cond, items))
    c.start()
    p.start()
    c.join()
    p.join()

    subs = [MyThread(args=(i,), kwargs={'a': 'A', 'b': 'B'}) for i in range(3)]
    for t in subs:
        t.start()
    for t in subs:
        t.join()

    local = threading.local()
    def show_local():
        local.value = threading.current_thread().name.upper()
        logging.info('local value: %s', local.value)
    locals_ = [threading.Thread(target=show_local, name='local-%d' % i) for i in range(2)]
    for t in locals_:
        t.start()
    for t in locals_:
        t.join()
    logging.warning('all threads done: %d still alive', threading.active_count() - 1)


if __name__ == '__main__':
    main()
