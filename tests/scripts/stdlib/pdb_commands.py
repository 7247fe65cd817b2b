# pdb driven by commands from a StringIO: stepping, printing, frames, breakpoints, displays.
import bdb
import io
import os
import pdb
import sys

HERE = os.path.abspath(__file__)


def show(text):
    print(text.replace(HERE, 'FILE'))


def helper(a, b=3):
    c = a + b
    d = c * 2
    return d


def main(n):
    total = 0
    for i in range(n):
        total += helper(i)
    word = 'done'
    return total


def session(commands, n=2):
    out = io.StringIO()
    dbg = pdb.Pdb(stdin=io.StringIO(commands), stdout=out, readrc=False)
    try:
        dbg.set_trace()
        result = main(n)
    except bdb.BdbQuit:
        result = 'quit'
    sys.settrace(None)
    show(out.getvalue())
    print('result', result)


session('s\nn\nn\np total\ns\ns\na\nw\nu\np i\nd\nd\nr\nc\n')
session('b helper\nb\nc\np a, b\npp {"k": list(range(3))}\ncl 1\nc\n')
session('s\nl\nll\nunt 24\np total\np nosuch\nwhatis helper\nwhatis total\nwhatis main\nq\n', 3)
session('s\nn\ndisplay total\nn\nn\nn\nundisplay\ndisplay\nretval\nalias pt p total\nalias\npt\nq\n')
session('tbreak 17\nc\np c\nbreak 16, a == 1\nc\np a\nc\n', 3)
session('b 4\nb 999\nb nosuch\nb 17\ndisable 3\nenable 3\ncondition 3 a > 1\ncondition 3\nignore 3 2\nignore 3\nb\nclear 3\nclear 99\nclear x\nu\nu\nd 50\nd\nq\n', 1)
session('h\nh p\nh nosuch\nq\n')
session('s\ns\n!x = 5\np x\n1 + 2\nnosuch_name\np 1/0\nunt\ns\nq\n')
session('s\ns\ns\ns\nEOF\n', 1)
session('s\nn;;p total\nq\n', 1)
