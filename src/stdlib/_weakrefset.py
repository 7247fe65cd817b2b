"""_weakrefset: WeakSet, a set whose members are held only weakly (a member leaves the set when it is
freed). Written for gilpy over _weakref.ref; see weakref.py for the weak dictionaries."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _Walking:
    """Marks a weak container as being iterated: members freed meanwhile are only noted, and dropped
    from the underlying storage once the last walk over it ends."""

    __slots__ = ('_owner',)

    def __init__(self, owner):
        self._owner = owner

    def __enter__(self):
        self._owner._walks += 1
        return self

    def __exit__(self, *exc):
        owner = self._owner
        owner._walks -= 1
        if not owner._walks:
            owner._drop_noted()


class _Watched:
    """Bookkeeping shared by WeakSet and the weak dictionaries of weakref.py: 'data' holds the
    entries, _forget is the callback given to every weak reference the container makes, and a
    subclass's _drop(r) removes the entry of the dead reference r."""

    def _start(self, data):
        self.data = data
        self._walks = 0
        self._noted = []
        holder = ref(self)

        def forget(r):
            me = holder()
            if me is None:
                return
            if me._walks:
                me._noted.append(r)
            else:
                me._drop(r)

        self._forget = forget

    def _drop_noted(self):
        noted, self._noted = self._noted, []
        for r in noted:
            self._drop(r)

    def _settle(self):
        if self._noted and not self._walks:
            self._drop_noted()


class WeakSet(_Watched):
    """A set of weakly referenced objects."""

    def __init__(self, data=None):
        self._start(set())
        if data is not None:
            self.update(data)

    def _drop(self, r):
        self.data.discard(r)

    def _live(self):
        with _Walking(self):
            for r in self.data:
                o = r()
                if o is not None:
                    yield o

    def __iter__(self):
        return self._live()

    def __len__(self):
        return len(self.data) - len(set(self._noted))

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    def add(self, item):
        self._settle()
        self.data.add(ref(item, self._forget))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._settle()
        while self.data:
            o = self.data.pop()()
            if o is not None:
                return o
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        self._settle()
        for o in other:
            self.add(o)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(o) for o in other)
        return self

    def intersection(self, other):
        return type(self)(o for o in other if o in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(ref(o) for o in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(o) for o in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(o) for o in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(o, self._forget) for o in other)
        return self

    def union(self, other):
        return type(self)(o for part in (self, other) for o in part)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    __class_getitem__ = classmethod(GenericAlias)
