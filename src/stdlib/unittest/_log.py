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
        self.watcher = _LoggingWatcher(records=[], output=[])

    def flush(self):
        pass

    def emit(self, record):
        records, output = self.watcher
        records.append(record)
        output.append(self.format(record))


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
        named = self.logger_name
        self.logger = named if isinstance(named, logging.Logger) else logging.getLogger(named)
        capture = _CapturingHandler()
        capture.setLevel(self.level)
        capture.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = capture.watcher
        self._saved = self._switch(handlers=[capture], level=self.level, propagate=False)
        return None if self.no_logs else capture.watcher

    def _switch(self, handlers, level, propagate):
        """Give the logger these settings; returns the ones it had."""
        target = self.logger
        before = (target.handlers[:], target.level, target.propagate)
        target.handlers = handlers
        target.setLevel(level)
        target.propagate = propagate
        return before

    def __exit__(self, exc_type, exc_value, tb):
        self._switch(*self._saved)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure(f"Unexpected logs found: {self.watcher.output!r}")
        elif not self.watcher.records:
            self._raiseFailure(f"no logs of level {logging.getLevelName(self.level)} or higher "
                               f"triggered on {self.logger.name}")
        return None
