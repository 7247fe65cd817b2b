"""`python -m unittest ...`: TestProgram with no module of its own (names or discovery)."""

import os
import sys

if sys.argv[0].endswith("__main__.py"):
    # Help and usage then read "<interpreter> -m unittest".
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from .main import main

main(module=None)
