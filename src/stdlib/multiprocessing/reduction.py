"""multiprocessing.reduction: ForkingPickler, the pickler CPython's multiprocessing sends
objects with, and its registry of extra reducers. gilpy's own multiprocessing moves values in
its wire format (src/modules/process/wire.rs); this module serves programs that pickle with
ForkingPickler themselves or register reducers through it."""

import copyreg
import io
import pickle

__all__ = ["send_handle", "recv_handle", "ForkingPickler", "register", "dump", "DupFd", "sendfds", "recvfds"]

HAVE_SEND_HANDLE = False


class ForkingPickler(pickle.Pickler):
    """A Pickler whose dispatch table is copyreg's plus the reducers registered here."""
    _extra_reducers = {}

    def __init__(self, file, protocol=None, **options):
        pickle.Pickler.__init__(self, file, protocol, **options)
        self.dispatch_table = {**copyreg.dispatch_table, **self._extra_reducers}

    @classmethod
    def register(cls, type, reduce):
        """Use `reduce` for instances of `type` in every ForkingPickler."""
        cls._extra_reducers.update({type: reduce})

    @classmethod
    def dumps(cls, obj, protocol=None):
        out = io.BytesIO()
        cls(out, protocol).dump(obj)
        return memoryview(out.getvalue())

    loads = pickle.loads


register = ForkingPickler.register


def dump(obj, file, protocol=None):
    """Pickle obj to file with a ForkingPickler."""
    ForkingPickler(file, protocol=protocol).dump(obj)


def _unsupported(*args, **kwargs):
    raise OSError("passing file descriptors between processes is not supported by gilpy")


send_handle = recv_handle = sendfds = recvfds = DupFd = _unsupported
