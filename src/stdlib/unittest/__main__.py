"""`python -m unittest`: runs tests named on the command line, or discovers them."""

import sys

if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen"):
    import os.path
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from unittest.main import main

main(module=None)
