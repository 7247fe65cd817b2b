"""`python -m unittest ...`: TestProgram with no module of its own (names or discovery)."""

import os
import sys

# gilpy names an embedded module's script "<frozen unittest.__main__>".
if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen "):
    # Help and usage then read "<interpreter> -m unittest".
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from .main import main

main(module=None)
