# textwrap: TextWrapper attributes changed after construction, the errors (width, placeholder),
# max_lines with placeholders at several widths, shorten, fill, dedent of mixed tabs/spaces,
# indent with a predicate, and the chunking regular expressions themselves.
import textwrap

w = textwrap.TextWrapper(width=20)
text = 'The quick brown fox jumps over the lazy dog. It barks! Why? e.g. well-known co-operation.'
print(w.wrap(text))
w.width = 12
w.initial_indent, w.subsequent_indent = '* ', '  '
w.fix_sentence_endings = True
print(w.fill(text))
w.break_on_hyphens = False
print(w.wrap(text))
w.break_long_words = False
print(w.wrap('a supercalifragilistic word'))
for width, max_lines, ph in [(10, 1, ' ...'), (10, 2, '~'), (30, 2, ' [...]'), (8, 3, '..'), (6, 1, ' [..]')]:
    try:
        print(textwrap.wrap(text, width, max_lines=max_lines, placeholder=ph))
    except ValueError as e:
        print('ValueError', e)
for bad in (0, -3):
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
print(textwrap.wrap('', 5), textwrap.wrap('   ', 5), textwrap.wrap('   ', 5, drop_whitespace=False), textwrap.fill('a b', 1))
print(repr(textwrap.shorten('Hello  world!', 11)), repr(textwrap.shorten('Hello world!', 12)), repr(textwrap.shorten('  a  b  ', 10)))
print(repr(textwrap.shorten('Hello world', 8, placeholder='..')))
try:
    textwrap.shorten('Hello world', 3)
except ValueError as e:
    print('ValueError', e)
print(repr(textwrap.dedent('  a\n    b\n  c')), repr(textwrap.dedent('\ta\n\t  b\n \tc')), repr(textwrap.dedent('  a\n\n   \n  b')), repr(textwrap.dedent('x\n  y')))
print(repr(textwrap.indent('a\n\nb\n  \n', '> ')), repr(textwrap.indent('a\nb', '# ', lambda line: line.startswith('b'))))
print(textwrap.TextWrapper.wordsep_re.split('well-known --opt a--b e-mail x-ray -- ok'))
print(textwrap.TextWrapper.wordsep_simple_re.split('a  b\tc'), bool(textwrap.TextWrapper.sentence_end_re.search('end."')))
print(textwrap.TextWrapper.unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
print(textwrap.wrap('tab\there and\tthere', 10, tabsize=4), textwrap.wrap('tab\there', 10, expand_tabs=False, replace_whitespace=False, drop_whitespace=True))
print(textwrap.__all__)
