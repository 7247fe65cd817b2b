"""_weakrefset: WeakSet, a set holding its members through weak references (a member that dies
leaves the set), and the bookkeeping it shares with weakref.py's weak dictionaries: while a
container is being iterated, entries whose referent dies are only noted (_Watched, _Walking) and
removed when the last iteration over it ends, so the underlying storage never changes under a
running loop."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _Walking:
    """Context manager held around an iteration over a _Watched container."""

    __slots__ = ('_owner',)

    def __init__(self, owner):
        self._owner = owner

    def __enter__(self):
        self._owner._walks += 1
        return self

    def __exit__(self, *exc):
        container = self._owner
        container._walks -= 1
        if container._walks == 0 and container._noted:
            container._drop_noted()


class _Watched:
    """Base of the weak containers. _start(data) sets up: `data` (the storage), `_forget` (the
    callback every weak reference made by the container gets), the count of running walks and
    the references noted dead during them. Subclasses define _drop(r): remove r's entry."""

    def _start(self, data):
        self.data = data
        self._walks = 0
        self._noted = []
        self_ref = ref(self)

        def forget(dead):
            container = self_ref()
            if container is None:
                return                      # the container itself is gone
            if container._walks:
                container._noted.append(dead)
            else:
                container._drop(dead)

        self._forget = forget

    def _settle(self):
        # Apply the noted removals, unless an iteration is still running.
        if self._noted and not self._walks:
            self._drop_noted()

    def _drop_noted(self):
        pending = self._noted
        self._noted = []
        for dead in pending:
            self._drop(dead)


class WeakSet(_Watched):
    """A set of weakly referenced objects: a member is dropped when it is no longer alive."""

    def __init__(self, data=None):
        self._start(set())
        if data is not None:
            self.update(data)

    def _drop(self, dead):
        self.data.discard(dead)

    def _link(self, member):
        # A weak reference whose death removes the member from this set.
        return ref(member, self._forget)

    def _refs(self, items):
        return {ref(member) for member in items}

    # -- reading --------------------------------------------------------------------------

    def __iter__(self):
        with _Walking(self):
            for held in self.data:
                member = held()
                if member is not None:
                    yield member

    def __len__(self):
        return len(self.data) - len(self._noted)

    def __contains__(self, member):
        try:
            probe = ref(member)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, '__dict__', None)

    __hash__ = None
    __class_getitem__ = classmethod(GenericAlias)

    # -- changing -------------------------------------------------------------------------

    def add(self, member):
        self._settle()
        self.data.add(self._link(member))

    def clear(self):
        self._settle()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._settle()
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def remove(self, member):
        self._settle()
        self.data.remove(ref(member))

    def discard(self, member):
        self._settle()
        self.data.discard(ref(member))

    def update(self, others):
        self._settle()
        for member in others:
            self.add(member)

    def __ior__(self, others):
        self.update(others)
        return self

    def __isub__(self, others):
        self._settle()
        if others is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(others))
        return self

    def __iand__(self, others):
        self._settle()
        self.data.intersection_update(self._refs(others))
        return self

    def __ixor__(self, others):
        self._settle()
        if others is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update({self._link(member) for member in others})
        return self

    def difference_update(self, others):
        self -= others

    def intersection_update(self, others):
        self &= others

    def symmetric_difference_update(self, others):
        self ^= others

    # -- new sets -------------------------------------------------------------------------

    def union(self, others):
        return type(self)([*self, *others])

    __or__ = union

    def difference(self, others):
        result = self.copy()
        result -= others
        return result

    __sub__ = difference

    def intersection(self, others):
        return type(self)(member for member in others if member in self)

    __and__ = intersection

    def symmetric_difference(self, others):
        result = self.copy()
        result ^= others
        return result

    __xor__ = symmetric_difference

    # -- comparisons ----------------------------------------------------------------------

    def issubset(self, others):
        return self.data.issubset(self._refs(others))

    __le__ = issubset

    def __lt__(self, others):
        return self.data < self._refs(others)

    def issuperset(self, others):
        return self.data.issuperset(self._refs(others))

    __ge__ = issuperset

    def __gt__(self, others):
        return self.data > self._refs(others)

    def __eq__(self, others):
        if not isinstance(others, type(self)):
            return NotImplemented
        return self.data == self._refs(others)

    def isdisjoint(self, others):
        return not self.intersection(others)
