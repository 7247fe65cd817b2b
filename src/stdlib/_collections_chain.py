"""collections.ChainMap: several mappings searched in order as one, writes going to the first.

It is a MutableMapping, and collections.abc imports collections, so collections loads this module
on first use of the name."""

from collections.abc import Mapping, MutableMapping
from reprlib import recursive_repr as _guard_recursion


class ChainMap(MutableMapping):
    """Several mappings searched in order as one; writes, updates and deletions go to the first."""
    __module__ = 'collections'

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __class_getitem__(cls, params):
        import types
        return types.GenericAlias(cls, params)

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The first-seen order is that of the deepest mapping, later layers adding their new keys.
        order = {}
        for layer in reversed(self.maps):
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    @_guard_recursion()
    def __repr__(self):
        inner = ', '.join([repr(layer) for layer in self.maps])
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of the first mapping and the others shared."""
        head, *rest = self.maps
        return type(self)(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with a new first mapping (`m`, or a new dict) in front of these."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every mapping but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in reversed(self.maps):
            flat.update(layer)
        return type(self)(flat)
