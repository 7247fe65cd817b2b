# multiprocessing.get_logger() and log_to_stderr(): the 'multiprocessing' logger, not
# propagating, whose records say which process wrote them; a child's life is logged at INFO.
import logging
import multiprocessing as mp
import sys


def work(x):
    mp.get_logger().warning("working on %s", x)


if __name__ == '__main__':
    logger = mp.get_logger()
    print(logger.name, logger.propagate, logger.level, logger.handlers, logger is logging.getLogger('multiprocessing'))
    logger.warning("nothing printed: no handler yet, and the record does not propagate")
    sys.stderr = sys.stdout   # the handler log_to_stderr() makes writes to sys.stderr as it is now
    same = mp.log_to_stderr()
    print(same is logger, len(logger.handlers), logger.level, logger.handlers[0].formatter._fmt)
    logger.warning("a warning from the parent")
    logger.info("not shown at level NOTSET? %s", "it is: NOTSET defers to the root (WARNING)")
    mp.log_to_stderr(logging.INFO)
    print(len(logger.handlers), logger.level)
    logger.handlers.pop()
    p = mp.Process(target=work, args=(1,), name='Worker-A')
    p.start()
    p.join()
    print("exit code", p.exitcode)
    logger.setLevel(logging.WARNING)
    p = mp.Process(target=work, args=(2,), name='Worker-B')
    p.start()
    p.join()
    from multiprocessing import util
    print(util.SUBDEBUG, util.SUBWARNING, util.DEFAULT_LOGGING_FORMAT, util.LOGGER_NAME)
    logger.setLevel(logging.INFO)
