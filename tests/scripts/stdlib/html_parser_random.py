# Random tag soup fed in random pieces: every event, position and start-tag text as python3 gives them.
import sys, random, importlib.util
from html.parser import HTMLParser
out = []
class P(HTMLParser):
    def handle_starttag(s, t, a): out.append(('start', t, a, s.getpos(), s.get_starttag_text()))
    def handle_endtag(s, t): out.append(('end', t, s.getpos()))
    def handle_startendtag(s, t, a): out.append(('startend', t, a))
    def handle_data(s, d): out.append(('data', d, s.getpos()))
    def handle_comment(s, d): out.append(('comment', d))
    def handle_decl(s, d): out.append(('decl', d))
    def handle_pi(s, d): out.append(('pi', d))
    def unknown_decl(s, d): out.append(('unknown', d))
    def handle_charref(s, d): out.append(('charref', d))
    def handle_entityref(s, d): out.append(('entityref', d))
pieces = ['<p>', '</p>', '<a href="x">', "<a href='y'>", '<a href=z>', '</a>', 'text', ' ', '\n', '&amp;', '&#65;', '&#x41;', '&copy', '&', '<', '>', '<!-- c -->', '<!DOCTYPE html>', '<?pi?>', '<![CDATA[d]]>', '<br/>', '<img src=a.png />', '<script>', '</script>', '<style>', '</style>', '"', "'", '=', '/', '<div class="a b" id=c disabled>', '</ div>', '</>', '<!x>', 'é', '&lt;', '<P CLASS=X>', '</P >', '<b', 'x=1>']
rng = random.Random(20261203)
for case in range(300):
    doc = ''.join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
    conv = rng.random() < 0.7
    p = P(convert_charrefs=conv)
    cut = sorted(rng.randint(0, len(doc)) for _ in range(rng.randint(0, 3)))
    prev = 0
    try:
        for c in cut + [len(doc)]:
            p.feed(doc[prev:c]); prev = c
            out.append('|')
        p.close()
    except Exception as e:
        out.append(('EXC', type(e).__name__))
    print(repr(doc), conv, out); out.clear()
