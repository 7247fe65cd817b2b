# binascii uu: b2a_uu and a2b_uu with backtick, short lines, and their errors.
import binascii
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(45)), b'\x00\x00\x00']:
    t(binascii.b2a_uu, d); t(binascii.b2a_uu, d, backtick=True)
    assert binascii.a2b_uu(binascii.b2a_uu(d)) == d
t(binascii.b2a_uu, b'x'*46)
for s in [b'', b'\n', b' ', b'!80\n', b'!80', b'"86)C\n', b'#86)C\n', b'#86)C  \n', b'#86)Cx', b'#8\x7f)C', b'`\n', b'!80``\n', 'A', b'M'+b'8'*60, b'!\x1f0']:
    t(binascii.a2b_uu, s)
t(binascii.a2b_uu, '\xe9')
t(binascii.b2a_uu, 'ab')
