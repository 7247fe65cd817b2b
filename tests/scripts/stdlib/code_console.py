# code.InteractiveConsole / interact: a prompt loop over scripted input, with its echo,
# tracebacks without the console's own frames, syntax errors, and the exit message.
import code
import io
import sys

sys.stderr = sys.stdout
lines = iter(['x = 1', 'x + 1', 'if x:', '  print("yes")', '', 'x = )', '1/0', 'def f():', '  return undefined', '',
              'f()', 'print("a",', '2)', '[i * i for i in range(3)]', '_', 'None'])


def scripted(prompt):
    try:
        line = next(lines)
    except StopIteration:
        raise EOFError
    sys.stdout.write(prompt + line + '\n')
    return line


code.interact(banner='hi', readfunc=scripted, local={'__name__': '__console__'}, exitmsg='bye')

console = code.InteractiveConsole({'a': 5})
print(console.push('a * 2'), console.push('for i in range(2):'), console.push('  print(i)'), console.push(''))
print(console.buffer, console.filename, sorted(console.locals.keys() - {'__builtins__'}))
interpreter = code.InteractiveInterpreter()
print(interpreter.runsource('1+1'), interpreter.runsource('(1'))
print(interpreter.runsource('foo bar', '<x>'))
print(interpreter.runsource('raise ValueError("boom")'))
try:
    interpreter.runsource('raise SystemExit(4)')
except SystemExit as e:
    print('SystemExit', e.code)

lines = iter(['y = 2', 'y * 3'])
quiet = code.InteractiveConsole(filename='<mine>')
quiet.raw_input = scripted
quiet.interact(banner='', exitmsg='')
lines = iter(['1/0'])
named = code.InteractiveConsole(filename='<mine>')
named.raw_input = scripted
named.interact(banner='custom banner')
