"""unittest.signals: Ctrl-C handling for runs started with -c/catchbreak — the first SIGINT asks
every registered result to stop after the current test, a second one interrupts as usual."""

import signal
import weakref
import functools

__unittest = True

# The results a SIGINT should stop (weakly held: a finished run's result may go away).
_results = weakref.WeakKeyDictionary()
# Ours, once installHandler() has run.
_interrupt_handler = None


class _InterruptHandler:
    def __init__(self, previous):
        self.called = False
        self.original_handler = previous
        if isinstance(previous, int):
            if previous == signal.SIG_DFL:
                previous = signal.default_int_handler
            elif previous == signal.SIG_IGN:
                previous = _ignore
            else:
                raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                                "signal.SIG_DFL, or a callable object")
        self.default_handler = previous

    def __call__(self, signum, frame):
        if self.called or signal.getsignal(signal.SIGINT) is not self:
            # The second Ctrl-C, or someone replaced us: behave as before.
            self.default_handler(signum, frame)
        self.called = True
        for outcome in list(_results.keys()):
            outcome.stop()


def _ignore(signum, frame):
    """Stands in for SIG_IGN: a Ctrl-C does nothing more than stop the run."""


def registerResult(result):
    """Let Ctrl-C (with the handler installed) stop this result's run."""
    _results[result] = 1


def removeResult(result):
    """Forget a registered result; whether it was registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Install the SIGINT handler that stops registered results (once)."""
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    ours = _InterruptHandler(signal.getsignal(signal.SIGINT))
    signal.signal(signal.SIGINT, ours)
    _interrupt_handler = ours


def removeHandler(method=None):
    """Put back the SIGINT handler found before installHandler(); used as a decorator, only
    while the decorated function runs."""
    if method is not None:
        @functools.wraps(method)
        def without_handler(*args, **kwargs):
            saved = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, saved)

        return without_handler
    ours = _interrupt_handler
    if ours is not None:
        signal.signal(signal.SIGINT, ours.original_handler)
