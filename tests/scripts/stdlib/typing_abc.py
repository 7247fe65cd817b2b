import typing
from typing import Iterable, Mapping, Sequence, Callable, get_origin, get_args
print(get_origin(Iterable[int]), get_args(Mapping[str, int]), Sequence[int], Callable[..., int])
class M(Mapping):
    def __init__(self): self.d = {'a': 1}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M()
print(m.get('a'), list(m.items()), isinstance(m, typing.Mapping), M.__mro__[1])
print(isinstance(len, Callable), isinstance(int, Callable), isinstance(M().get, Callable), isinstance(3, Callable))
print(isinstance(iter([]), typing.Iterator), isinstance((x for x in ''), typing.Generator), isinstance({1}, typing.AbstractSet))
try: Iterable()
except TypeError as e: print(e)
try: Mapping[int]
except TypeError as e: print(e)
