import types, typing
u = int | str
print(u, type(u), type(u).__module__, type(u).__name__, u.__args__, u.__parameters__)
print(int | int, int | None, None | int, (int | str) | float, int | (str | float), list[int] | None)
print(int | str == str | int, hash(int | str) == hash(str | int), int | str == typing.Union[int, str], typing.Union[int, str] == int | str)
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
try: types.UnionType()
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
print(typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
print(typing.Optional[int] | str, int | typing.List[int])
def f(a: int | None, b: dict[str, int] | list[int]) -> str | None: pass
print(f.__annotations__)
print(repr(int | ...) if False else '', type(None) | int)
