"""Worker processes log through a multiprocessing.Queue; one QueueListener in the parent
writes every record, in the style of the logging cookbook's multi-process recipe.

    gilpy scripts/examples/queue_listener_processes.py
"""
import logging
import logging.handlers
import multiprocessing


def worker(queue, number):
    # In the child, every record goes to the queue and nowhere else.
    root = logging.getLogger()
    root.handlers[:] = []
    root.addHandler(logging.handlers.QueueHandler(queue))
    root.setLevel(logging.DEBUG)
    log = logging.getLogger('worker.%d' % number)
    for step in range(3):
        log.info('step %d done in %s', step, multiprocessing.current_process().name)
    if number == 1:
        log.warning('worker %d saw something odd', number)


class Collect(logging.Handler):
    """Keeps formatted lines so that they can be printed in a stable order."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


def main():
    queue = multiprocessing.Queue()
    sink = Collect()
    sink.setFormatter(logging.Formatter('%(processName)-8s %(name)-9s %(levelname)-7s %(message)s'))
    listener = logging.handlers.QueueListener(queue, sink, respect_handler_level=True)
    listener.start()
    workers = [multiprocessing.Process(target=worker, args=(queue, n), name='Worker-%d' % n)
               for n in range(3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    listener.stop()
    for line in sorted(sink.lines):
        print(line)
    print(len(sink.lines), 'records')


if __name__ == '__main__':
    main()
