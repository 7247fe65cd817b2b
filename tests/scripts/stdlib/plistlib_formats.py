import plistlib, datetime

value = {
    'name': 'gilpy & <co>', 'count': 42, 'neg': -7, 'big': 2**63 + 5, 'pi': 3.25,
    'yes': True, 'no': False, 'when': datetime.datetime(2024, 2, 29, 13, 5, 9),
    'blob': b'\x00\x01binary' * 9, 'empty_list': [], 'empty_dict': {},
    'nested': {'list': [1, 'two', 3.0, [b'', {}]], 'unicode': 'caf\u00e9 \u2603'},
    'tuple': (1, 2), 'zzz': 'last', 'A': 'upper first',
}
xml = plistlib.dumps(value)
print(xml.decode())
back = plistlib.loads(xml)
print(sorted(back.items()) == sorted({**value, 'tuple': [1, 2]}.items()))
print(plistlib.dumps(value, sort_keys=False).decode().count('<key>'))

for fmt in (plistlib.FMT_BINARY,):
    data = plistlib.dumps(value, fmt=fmt)
    print(len(data), data[:8], data.hex())
    print(plistlib.loads(data) == {**value, 'tuple': [1, 2]})

uid = plistlib.UID(5)
print(uid, repr(uid), uid == plistlib.UID(5), hash(uid) == hash(5), uid.data)
b = plistlib.dumps({'u': uid, 'u2': plistlib.UID(300), 'u3': plistlib.UID(70000), 'u4': plistlib.UID(2**40)}, fmt=plistlib.FMT_BINARY)
print(b.hex())
print(plistlib.loads(b))
for bad in (lambda: plistlib.UID(-1), lambda: plistlib.UID(2**64), lambda: plistlib.UID('x'),
            lambda: plistlib.dumps({'u': uid}), lambda: plistlib.dumps({1: 2}),
            lambda: plistlib.dumps(2**64), lambda: plistlib.dumps('a\x01b'),
            lambda: plistlib.loads(b'not a plist'), lambda: plistlib.dumps(None),
            lambda: plistlib.dumps(1, fmt='nope'), lambda: plistlib.dumps(2**64, fmt=plistlib.FMT_BINARY),
            lambda: plistlib.loads(b'bplist00garbage')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(plistlib.dumps({1: 2, 'a': 1}, skipkeys=True, sort_keys=False).decode())
print(plistlib.dumps([1, 'x'] * 3, fmt=plistlib.FMT_BINARY).hex())
shared = [1, 2]
print(plistlib.dumps([shared, shared, [1, 2]], fmt=plistlib.FMT_BINARY).hex())
print(plistlib.loads(b'<plist version="1.0"><dict><key>a</key><integer>0x1F</integer><key>d</key><date>2020-01-02T03:04:05Z</date><key>r</key><real>1e3</real><key>s</key><string>x&amp;y</string></dict></plist>'))
import collections, io
print(plistlib.load(io.BytesIO(xml), dict_type=collections.OrderedDict).__class__.__name__)
print(plistlib.FMT_XML, plistlib.FMT_BINARY, repr(plistlib.FMT_XML))
big = {'k%03d' % i: i * 1000 for i in range(300)}
data = plistlib.dumps(big, fmt=plistlib.FMT_BINARY)
print(len(data), plistlib.loads(data) == big)
print(plistlib.dumps('x' * 40 + '\u00e9', fmt=plistlib.FMT_BINARY).hex())
print(plistlib.dumps(b'y' * 200).decode())
print(plistlib.dumps({'a': {'b': {'c': b'z' * 100}}}).decode())
try:
    plistlib.loads(b'<plist><dict><key>a</key></dict></plist>')
except ValueError as e:
    print('ValueError', e)
try:
    plistlib.loads(b'<plist><array><key>a</key></array></plist>')
except ValueError as e:
    print('ValueError', e)
