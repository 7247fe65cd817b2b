# difflib: ndiff/Differ (with ? hint lines), unified_diff, context_diff, get_close_matches, restore.
import difflib
import sys


def write(lines):
    sys.stdout.write("".join(lines))


a = """one
two
three
four
five
six
seven
eight
nine
ten
eleven""".splitlines(keepends=True)
b = """zero
one
tree
four
five
six
seven
eight
nine and a half
ten
eleven
twelve""".splitlines(keepends=True)

write(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py'))
print("====")
write(difflib.unified_diff(a, b, 'x', 'y', '2005-01-26 23:30:50', '2010-04-02 10:20:52', n=1))
print("====")
write(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py'))
print("====")
write(difflib.context_diff(a, b, n=0))
print("====")
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff([], ['a'], lineterm='')))
print(list(difflib.unified_diff(['a'], [], lineterm='')))
print(list(difflib.context_diff([], ['a'], lineterm='')))
print(list(difflib.context_diff(['a', 'b', 'c'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff(['a'], ['a'])))
print("====")
write(difflib.ndiff(a, b))
print("====")
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
write(result)
print("====")
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)
print("====")
for x, y in [("abc", "abd"), ("\tabc def\n", "\tabd deg\n"), ("hello world", "hallo welt"), ("x", "y"),
             ("aaa", "aaa"), ("[1, 2, 3]", "[1, 2, 4]"), ("{'a': 1, 'b': 2}", "{'a': 1, 'b': 3}")]:
    print(list(difflib.ndiff([x], [y])))
print(list(difflib.ndiff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n", "d\n"])))
print(list(difflib.ndiff(["abcdefgh", "xyz"], ["abcdefgX", "xyZ", "new"])))
print(list(difflib.ndiff(["same", "line one", "x"], ["line 1", "same", "x"])))
print("====")
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
words = ['wheel', 'while', 'with', 'whilst', 'for', 'import', 'lambda', 'yield', 'pass']
print(difflib.get_close_matches('wheel', words))
print(difflib.get_close_matches('pineapple', words))
print(difflib.get_close_matches('accept', ['accept', 'except', 'access', 'accent'], n=2, cutoff=0.5))
for bad in [dict(n=0), dict(cutoff=1.5), dict(cutoff=-0.1)]:
    try:
        difflib.get_close_matches('x', ['x'], **bad)
    except ValueError as e:
        print("ValueError", e)
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_LINE_JUNK('# x'))
try:
    list(difflib.unified_diff([1], ['a']))
except TypeError as e:
    print("TypeError", e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=3))
except TypeError as e:
    print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'f', b't')))
