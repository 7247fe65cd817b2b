# `python -m doctest` on a module and on a text file, and a script calling testmod with -v.
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
os.makedirs('/tmp/doctest_cli_fixture', exist_ok=True)
module = '/tmp/doctest_cli_fixture/dtmod.py'
with open(module, 'w') as f:
    f.write('''"""
>>> double(4)
8
"""

def double(x):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    >>> double(0)
    1
    """
    return x * 2

if __name__ == "__main__":
    import doctest
    doctest.testmod()
''')
text = '/tmp/doctest_cli_fixture/examples.txt'
with open(text, 'w') as f:
    f.write('Text\n\n>>> 2 ** 10\n1024\n>>> "a" * 3\n\'aaa\'\n')


def run(*args):
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    print('exit', done.returncode)
    print(done.stdout.replace('/tmp/doctest_cli_fixture/', ''), end='')
    print(done.stderr, end='')


run('-m', 'doctest', module)
run('-m', 'doctest', '-v', text)
run('-m', 'doctest', text)
run('-m', 'doctest', '-o', 'FAIL_FAST', module)
run('-m', 'doctest', '-f', module)
run(module)
run(module, '-v')
