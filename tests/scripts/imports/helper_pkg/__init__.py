print('helper_pkg init', __name__, __package__)
from . import sub
from .sub import VALUE
X = 'pkg-x'
__all__ = ['X', 'sub', 'extra']
