"""collections.ChainMap: several mappings searched in order as one, writes going to the first.

It is a MutableMapping, and collections.abc imports collections, so collections loads this module
on first use of the name."""

from collections.abc import Mapping, MutableMapping
from reprlib import recursive_repr as _guard_recursion


def _not_in_front(key):
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap(MutableMapping):
    """Several mappings searched in order as one; writes, updates and deletions go to the first."""
    __module__ = 'collections'

    def __init__(self, *layers):
        # `maps` is public: callers may reorder or replace the layers.
        self.maps = list(layers) if layers else [{}]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    # ----- reading: the first layer that has the key wins
    def __missing__(self, wanted):
        raise KeyError(wanted)

    def __getitem__(self, wanted):
        for layer in self.maps:
            try:
                return layer[wanted]
            except KeyError:
                continue
        return self.__missing__(wanted)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The first-seen order is that of the deepest mapping, later layers adding their new keys.
        order = {}
        for layer in reversed(self.maps):
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __contains__(self, wanted):
        return any(wanted in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guard_recursion()
    def __repr__(self):
        inner = ', '.join([repr(layer) for layer in self.maps])
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, keys, *value):
        """A ChainMap of one new dict holding the keys (all mapped to value, or None)."""
        return cls(dict.fromkeys(keys, *value))

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

    # ----- writing: only the first layer changes
    def __setitem__(self, name, value):
        front = self.maps[0]
        front[name] = value

    def __delitem__(self, name):
        front = self.maps[0]
        try:
            del front[name]
        except KeyError:
            raise _not_in_front(name)

    def popitem(self):
        """Removes and returns a (key, value) pair of the first mapping."""
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *default):
        """Removes key from the first mapping and returns its value (or default)."""
        front = self.maps[0]
        try:
            return front.pop(key, *default)
        except KeyError:
            raise _not_in_front(key)

    def clear(self):
        """Empties the first mapping."""
        self.maps[0].clear()

    # ----- the | operators: a new ChainMap (or this one, for |=) with the other merged in front
    def __ior__(self, extra):
        front = self.maps[0]
        front.update(extra)
        return self

    def __or__(self, extra):
        if not isinstance(extra, Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(extra)
        return merged

    def __ror__(self, extra):
        if not isinstance(extra, Mapping):
            return NotImplemented
        flat = dict(extra)
        for layer in reversed(self.maps):
            flat.update(layer)
        return type(self)(flat)
