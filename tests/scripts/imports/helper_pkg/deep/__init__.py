from .. import sub as s2
from ..sub import VALUE as V2
from . import leaf
from .leaf import LEAF
print('deep init', __name__, __package__, s2.__name__, V2, LEAF)
