"""Fixtures import this first: stdout then shows file paths relative to the fixture's folder, so the
expected output does not depend on where the checkout is."""
import os
import sys


class _Relative:
    def __init__(self, stream, folder):
        self._stream = stream
        self._folder = folder

    def write(self, text):
        return self._stream.write(text.replace(self._folder, ""))

    def flush(self):
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)


sys.stdout = _Relative(sys.stdout, os.path.dirname(os.path.abspath(sys.argv[0])) + os.sep)
