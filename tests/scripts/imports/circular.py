"""Circular imports: the partially-initialised module error, and cycles that work."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'helper_circ'))

try:
    import circ_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE + os.sep, ''))
    print(e.name, os.path.relpath(e.path, HERE))
print('circ_a' in sys.modules, 'circ_b' in sys.modules)

import circ_ok_a
import circ_ok_b
print(circ_ok_a.fa(), circ_ok_b.call_a())

import self_import
print(self_import.LATER)

try:
    import attr_later
except ImportError as e:
    print(str(e).replace(HERE + os.sep, ''))
