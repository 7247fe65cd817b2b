"""The context manager behind TestCase.assertLogs/assertNoLogs (apart from _contexts so that
logging is imported only by tests that use it)."""

import collections
import logging

from ._contexts import _BaseTestCaseContext

__unittest = True


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    """Keeps every record it is given, and its formatted text."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    """assertLogs / assertNoLogs: the logger's handlers are replaced by a capturing one for the
    block (no propagation), and put back afterwards."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            self.logger = self.logger_name
        else:
            self.logger = logging.getLogger(self.logger_name)
        capture = _CapturingHandler()
        capture.setLevel(self.level)
        capture.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = capture.watcher
        self.old_handlers = self.logger.handlers[:]
        self.old_level = self.logger.level
        self.old_propagate = self.logger.propagate
        self.logger.handlers = [capture]
        self.logger.setLevel(self.level)
        self.logger.propagate = False
        return None if self.no_logs else capture.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure(f"Unexpected logs found: {self.watcher.output!r}")
        elif not self.watcher.records:
            self._raiseFailure(f"no logs of level {logging.getLevelName(self.level)} or higher "
                               f"triggered on {self.logger.name}")
        return None
