# struct: the native _struct under its public name, as CPython's Lib/struct.py is.
from _struct import pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, Struct, error, _clearcache

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']
