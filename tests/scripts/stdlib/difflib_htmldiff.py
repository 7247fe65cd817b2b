# difflib.HtmlDiff: make_file / make_table, full and context views, wrapping, tabs, empty
# inputs and identical inputs; difflib._mdiff's pairs.
import difflib

a = """one
two
three
four\tfive
six & <seven>
eight
nine
ten
eleven
twelve
thirteen
fourteen
""".splitlines(True)
b = """one
2
three
four    five
six & <sevens>
eight
nine added words here
ten
twelve
thirteen
fourteen
fifteen
sixteen
""".splitlines(True)

d = difflib.HtmlDiff()
print(d.make_file(a, b, 'a.txt', 'b.txt'))
d = difflib.HtmlDiff(tabsize=4, wrapcolumn=10)
print(d.make_table(a, b, 'from', 'to', context=True, numlines=1))
print(difflib.HtmlDiff().make_table([], [], context=True))
print(difflib.HtmlDiff().make_table([], []))
print(difflib.HtmlDiff().make_table(a, a, context=True))
print(difflib.HtmlDiff().make_table(['x\n'] * 30 + ['y\n'], ['x\n'] * 30 + ['z\n'], context=True, numlines=2))
print(difflib.HtmlDiff().make_file(['caf\u00e9\n'], ['cafe\n'], charset='ascii')[-400:])
for pair in difflib._mdiff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n', 'd\n']):
    print(pair)
for pair in difflib._mdiff(['1', '2', '3', '4', '5', '6', '7', '8'], ['1', '2', 'x', '4', '5', '6', '7', 'y'], context=1):
    print(pair)
