import ast
for src in ['a + b  # type: int', 'x = 1  # type: int', 'x = 1; y = 2  # type: int', 'for x in y:  # type: int\n  pass', 'with a as b:  # type: int\n  pass',
            'def f(a,  # type: int\n      b):\n  # type: (...) -> None\n  pass', 'def f(a): # type: (int) -> None\n  pass', 'x = 1  # type: ignore[foo]', '# type: ignore\nx=1',
            'x = [1,  # type: int\n 2]', 'x = 1 #type:int', 'x = 1 # type:  List[int]  ', 'def f(a=1, # type: int\n):\n  pass', 'class A: # type: int\n  pass', 'x: int = 1  # type: int',
            'while x: # type: int\n  pass', 's = "# type: int"\nt = 1 # normal', 'def g(\n    a,  # type: int\n    *args,  # type: str\n    b=2,  # type: float\n    **kw  # type: dict\n):\n    # type: (...) -> None\n    x = 1  # type: int\n',
            'async def h(x):  # type: (int) -> int\n    async with a as b:  # type: T\n        pass\n    async for q in r:  # type: U\n        pass\n', 'x = """\n# type: int\n"""  # type: str',
            'def k() -> int:  # type: () -> int\n    return 1', 'x = 1  # type: ignore # more', 'x = 1  # type: ignored', 'with (a as b, c as d):  # type: T\n  pass']:
    try:
        print(repr(src), ast.dump(ast.parse(src, type_comments=True)))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e)
print(ast.dump(ast.parse('x = 1  # type: int')))
