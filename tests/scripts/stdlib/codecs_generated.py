"""_codecs: many generated inputs through every decoder and encoder, compared with python3."""
import codecs, random, warnings
warnings.simplefilter('ignore')
rng = random.Random(5)
pieces = [b'a', b'\\', b'x', b'u', b'U', b'N', b'{', b'}', b'0', b'7', b'4', b'f', b'g', b'\xe9', b'\xff', b'\x00', b'\n', b'\xd8', b'\xdc', b'\xc3', b'\xa9', b'\xf0\x9f', b'\xfe\xff', b'\xff\xfe', b'DIGIT ONE', b'1']
funcs = [n for n in dir(codecs) if n.endswith('_decode') and n[0] != '_' and n not in ('decode',) and not n.startswith('utf_7')]
errs = [None, 'strict', 'ignore', 'replace', 'backslashreplace']
res = []
for i in range(1500):
    data = b''.join(rng.choice(pieces) for _ in range(rng.randrange(0, 7)))
    f = rng.choice(funcs)
    e = rng.choice(errs)
    fin = rng.choice([True, False])
    args = [data, e]
    if f not in ('ascii_decode', 'latin_1_decode', 'charmap_decode', 'escape_decode'):
        args.append(fin)
    if f in ('utf_16_ex_decode', 'utf_32_ex_decode'):
        args.insert(2, rng.choice([-1, 0, 1]))
    if f == 'charmap_decode':
        args.append(rng.choice([None, 'abc\ufffe' * 40, {97: 'A', 92: None, 0: 66}]))
    try:
        r = getattr(codecs, f)(*args)
    except Exception as ex:
        r = (type(ex).__name__, str(ex))
    print(f, args, r)
chars = ['a', 'é', '€', '😀', '\\', '\n', '\t', '\x00', "'", '"', 'ÿ', '\x7f', 'Z']
efuncs = [n for n in dir(codecs) if n.endswith('_encode') and n[0] != '_' and n not in ('encode', 'escape_encode', 'readbuffer_encode') and not n.startswith('utf_7')]
errs = [None, 'strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']
m = codecs.charmap_build(''.join(map(chr, range(128))) + '\ufffe' * 100 + 'é€ÿ' + 'x' * 25)
for i in range(1000):
    s = ''.join(rng.choice(chars) for _ in range(rng.randrange(0, 6)))
    f = rng.choice(efuncs)
    args = [s, rng.choice(errs)]
    if f in ('utf_16_encode', 'utf_32_encode'):
        args.append(rng.choice([-1, 0, 1]))
    if f == 'charmap_encode':
        args.append(rng.choice([None, m, {97: 65, 63: b'??', 38: 38, 35: 35, 59: 59, 48: 48, 49: 49, 50: 50, 51: 51, 52: 52, 53:53, 54:54,55:55,56:56,57:57}]))
    try:
        r = getattr(codecs, f)(*args)
    except Exception as ex:
        r = (type(ex).__name__, str(ex))
    print(f, args[:2], r)
for i in range(300):
    b = bytes(rng.choice(b'ab\\\'"\n\t\x00\x7f\x80\xff') for _ in range(rng.randrange(0, 6)))
    r = codecs.escape_encode(b)
    print(b, r, codecs.escape_decode(r[0]))
print(type(m).__name__, m.size())
