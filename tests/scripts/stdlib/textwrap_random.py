# Random texts and options; the expected lines come from python3.
import textwrap, random
random.seed(5)
words = ['hello', 'world', 'a', 'co-operate', 'well-known', 'x-y', 'abc--def', '--opt', 'end.', 'Done!', 'why?', 'quote."', 'e.g.', 'long-winded-hyphenated-word', 'supercalifragilisticexpialidocious', '12-34', 'ab-c', 'a-b-c-d', 'I', 'it.', 'tab\there', 'new\nline', '  ', '\t', 'foo---bar', 'x--', '-', '--', 'Mr.', 'one-two-3', 'under_score-word', 'ÄÖ-ü']
out = []
for trial in range(250):
    n = random.randint(0, 25)
    text = ''.join(random.choice(words) + random.choice([' ', ' ', '  ', '\t', '\n', '']) for _ in range(n))
    kw = {}
    if random.random() < 0.3: kw['initial_indent'] = random.choice(['* ', '    ', ''])
    if random.random() < 0.3: kw['subsequent_indent'] = random.choice(['  ', '> ', ''])
    for opt in ['expand_tabs', 'replace_whitespace', 'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens']:
        if random.random() < 0.25: kw[opt] = random.random() < 0.5
    if random.random() < 0.2: kw['tabsize'] = random.randint(0, 6)
    if random.random() < 0.3: kw['max_lines'] = random.randint(1, 4)
    if random.random() < 0.2: kw['placeholder'] = random.choice([' ...', '~', ' [..]'])
    width = random.randint(1, 40)
    if kw.get('drop_whitespace') is False and kw.get('replace_whitespace') is False: continue
    try:
        out.append(repr(textwrap.wrap(text, width, **kw)))
    except ValueError as e:
        out.append('ValueError ' + str(e))
    try:
        out.append(repr(textwrap.shorten(text, width + 5)))
    except ValueError as e:
        out.append('ValueError ' + str(e))
    out.append(repr(textwrap.dedent(random.choice(['', ' ', '\t']) + text.replace('\n', '\n ' + random.choice(['', ' ', '\t'])))))
    out.append(repr(textwrap.indent(text, '> ')))
for o in out: print(o)
