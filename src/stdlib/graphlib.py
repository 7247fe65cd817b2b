"""graphlib: topological ordering of a graph of hashable nodes, as CPython 3.11's module.

TopologicalSorter hands out nodes whose predecessors are all done, in batches
(get_ready/done, so that a pool of workers can process independent nodes at once), or
all at once (static_order). A cycle is reported by prepare() as CycleError, whose second
argument lists the cycle with its first node repeated at the end.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# Predecessor counts at or above zero mean "waiting"; these two mark later stages.
_PASSED_OUT = -1
_FINISHED = -2
_EXHAUSTED = object()


class _Node:
    __slots__ = ('node', 'waiting_on', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle: args[1] is one, as [a, b, ..., a]."""


class TopologicalSorter:
    """Orders the nodes of a graph given as {node: predecessors} or through add()."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Adds `node` (again, if it is there) with more predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._info(node).waiting_on += len(predecessors)
        for before in predecessors:
            self._info(before).successors.append(node)

    def prepare(self):
        """Ends the graph's construction; CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes that are ready now (each handed out once), as a tuple."""
        self._check_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].waiting_on = _PASSED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can become ready (some are ready or still being worked on)."""
        self._check_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks handed-out nodes finished, which may make their successors ready."""
        self._check_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting_on != _PASSED_OUT:
                if info.waiting_on >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _FINISHED
            for after in info.successors:
                later = self._nodes[after]
                later.waiting_on -= 1
                if later.waiting_on == 0:
                    self._ready.append(after)
            self._finished += 1

    def _find_cycle(self):
        """A cycle found by depth-first search from each node in insertion order, or None."""
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            visited.add(start)
            pending = [iter(self._nodes[start].successors)]
            while pending:
                node = next(pending[-1], _EXHAUSTED)
                if node is _EXHAUSTED:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if node in on_path:
                    return path[on_path[node]:] + [node]
                if node in visited:
                    continue
                visited.add(node)
                on_path[node] = len(path)
                path.append(node)
                pending.append(iter(self._nodes[node].successors))
        return None

    def static_order(self):
        """Every node, in an order where each comes after its predecessors."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
