"""Container datatypes (CPython 3.11's collections API): deque is native (_collections)."""

from _collections import deque

__all__ = ['deque']
