# codeop.compile_command: a code object for complete input, None when more lines could complete
# it, SyntaxError when it can never be valid.
import codeop

cases = ['x = 1', 'x = (1,', 'if 1:', 'if 1:\n  pass', 'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'def f():\n  return 1\n',
         '', '# c', '"""abc', 'x = 1 +', 'x = 1 \\', 'print(1)\n', 'for i in range(3):\n    print(i)\n\n', '1 2', 'x = )',
         '@dec', '@dec\ndef f(): pass\n', 'class A:\n  x = 1\n  \n', 'if 1:\n  x = (1,\n', 'try:\n  pass\nexcept:\n  pass\n',
         'try:\n  pass\n', 'if 1: pass', 'if 1: pass\n', 'x = [i for i in\n', 'lambda: (', '\n', '   ', '  x', 'def f(',
         'return 1', 'if 1:\n  x\n y\n', 'while True:\n    break\n', "s = '''abc\n", 'x = {', 'x = {}']
for source in cases:
    for symbol in ('single', 'exec'):
        try:
            result = codeop.compile_command(source, '<in>', symbol)
            shown = type(result).__name__ if result is not None else None
        except SyntaxError as e:
            shown = f'SyntaxError {e.msg} line {e.lineno}'
        print(repr(source), symbol, shown)
for source in ('1 + 1', '(1,\n', 'x', '[1, 2', ''):
    result = codeop.compile_command(source, symbol='eval')
    print(repr(source), 'eval', None if result is None else eval(result, {'x': 7}))

compiler = codeop.CommandCompiler()
print(compiler('x = 1') is not None, compiler('if x:') is None)
print(codeop.compile_command('if True:\n    x = 5\n', '<in>', 'exec') is not None)
