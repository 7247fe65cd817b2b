"""unittest.signals: -c/--catch (Control-C stops the run after the current test and reports the
results so far): installHandler, removeHandler, registerResult, removeResult."""

__unittest = True

_results = []
_interrupt_handler = None


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        import signal
        installed_handler = signal.getsignal(signal.SIGINT)
        if installed_handler is not self:
            # The handler was replaced behind our back: pass the signal on.
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results):
            result.stop()


def registerResult(result):
    """The result stops (after the current test) on Control-C once installHandler() ran."""
    if not any(r is result for r in _results):
        _results.append(result)


def removeResult(result):
    for i, r in enumerate(_results):
        if r is result:
            del _results[i]
            return True
    return False


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        try:
            import signal
            default_handler = signal.getsignal(signal.SIGINT)
            _interrupt_handler = _InterruptHandler(default_handler)
            signal.signal(signal.SIGINT, _interrupt_handler)
        except (ImportError, AttributeError):
            _interrupt_handler = None


def removeHandler(method=None):
    if method is not None:
        import functools

        @functools.wraps(method)
        def inner(*args, **kwargs):
            import signal
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return inner
    global _interrupt_handler
    if _interrupt_handler is not None:
        import signal
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        _interrupt_handler = None
