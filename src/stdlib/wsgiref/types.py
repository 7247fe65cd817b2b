"""Types for annotating WSGI servers and applications (PEP 3333), for static checkers."""

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

__all__ = ["StartResponse", "WSGIEnvironment", "WSGIApplication", "InputStream", "ErrorStream", "FileWrapper"]


class StartResponse(Protocol):
    """The start_response(status, headers, exc_info=None) callable."""

    def __call__(self, status, headers, exc_info=None, /):
        ...


WSGIEnvironment = dict[str, Any]
WSGIApplication = Callable[[WSGIEnvironment, StartResponse], Iterable[bytes]]


class InputStream(Protocol):
    """wsgi.input."""

    def read(self, size=..., /):
        ...

    def readline(self, size=..., /):
        ...

    def readlines(self, hint=..., /):
        ...

    def __iter__(self):
        ...


class ErrorStream(Protocol):
    """wsgi.errors."""

    def flush(self):
        ...

    def write(self, s, /):
        ...

    def writelines(self, seq, /):
        ...


class _Readable(Protocol):
    def read(self, size=..., /):
        ...


class FileWrapper(Protocol):
    """wsgi.file_wrapper."""

    def __call__(self, file, block_size=..., /):
        ...
