"""re.sub/subn with a function: None and the wrong kinds of result, bytes and bytearray
pieces, empty matches, count, the subject returned as is, str subclasses, errors raised inside."""
import re
print(re.sub(r'a', lambda m: m.group(0).upper(), 'banana'), re.subn(r'a', lambda m: None, 'banana'))
print(re.sub(r'x*', lambda m: '-', 'abxd'), re.subn(r'', lambda m: '|', 'héé'), re.sub(r'a', lambda m: 'Z', 'banana', count=2))
print(re.sub(rb'a', lambda m: b'Q', b'banana'), re.sub(rb'a', lambda m: bytearray(b'R'), b'banana'))
for f, s in [(lambda m: 3, 'banana'), (lambda m: b'x', 'banana'), (lambda m: 'x', b'banana'), (lambda m: None if m.start() < 2 else 5, 'xaaa')]:
    try: print(re.sub('a' if isinstance(s, str) else b'a', f, s))
    except TypeError as e: print('TypeError', e)
s = 'no match here'
print(re.sub('z', lambda m: 'q', s) is s)
class S(str): pass
print(re.sub('a', lambda m: S('b'), 'aaa'), type(re.sub('a', lambda m: 'b', S('aaa'))).__name__)
print(re.sub(r'(\w)(\w)?', lambda m: f'<{m.group(2)}>', 'abcde'), re.sub('é', lambda m: m.group() * 2, 'café' * 300)[-10:])
def boom(m): raise ValueError('inside')
try: re.sub('a', boom, 'xa')
except ValueError as e: print('ValueError', e)
print(re.sub('a', lambda m: str(m.start()), 'a' * 1000)[-20:], re.subn('a', lambda m: 'b', 'a' * 600, count=300)[1])
print(re.sub('(?P<x>a)', lambda m: m.expand(r'[\g<x>]'), 'banana'), re.sub('a|', lambda m: '.', 'xay'))
