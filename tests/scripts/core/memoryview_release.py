# memoryview release, context-manager use, and bytearray's refusal to resize while exported.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'data')
m = memoryview(ba)
t('append exported', lambda: ba.append(1))
t('extend exported', lambda: ba.extend(b'xy'))
t('pop exported', lambda: ba.pop())
t('clear exported', lambda: ba.clear())
t('remove exported', lambda: ba.remove(100))
t('insert exported', lambda: ba.insert(0, 1))
t('del exported', lambda: ba.__delitem__(0))
t('slice grow exported', lambda: ba.__setitem__(slice(0, 1), b'xy'))
t('iadd exported', lambda: ba.__iadd__(b'x'))
t('imul exported', lambda: ba.__imul__(2))
t('init exported', lambda: ba.__init__(b'x'))
ba[0:2] = b'DA'
ba[3] = 65
ba.reverse()
t('same-size edits allowed', lambda: (ba, m.tobytes()))
m.release()
m.release()
ba.append(33)
t('after release', lambda: ba)
for name, f in [('tobytes', lambda: m.tobytes()), ('len', lambda: len(m)), ('index', lambda: m[0]),
                ('format', lambda: m.format), ('obj', lambda: m.obj), ('nbytes', lambda: m.nbytes),
                ('tolist', lambda: m.tolist()), ('slice', lambda: m[1:]), ('cast', lambda: m.cast('B')),
                ('hex', lambda: m.hex()), ('bytes', lambda: bytes(m)), ('enter', lambda: m.__enter__()),
                ('setitem', lambda: m.__setitem__(0, 1)), ('readonly', lambda: m.readonly), ('iter', lambda: list(m))]:
    t('released ' + name, f)
t('released eq', lambda: (m == m, m == b'data'))
t('released repr', lambda: repr(m).startswith('<released memory at 0x'))
t('repr', lambda: repr(memoryview(b'')).startswith('<memory at 0x'))

buf = bytearray(b'abc')
with memoryview(buf) as v:
    print('in with', v.tobytes(), v is not None)
    t('with append', lambda: buf.append(1))
t('after with', lambda: (buf.append(100), buf)[1])
t('with released', lambda: v.tobytes())
with memoryview(buf) as v1:
    v2 = v1[1:]
t('slice keeps export', lambda: buf.append(1))
v2.release()
t('slice released', lambda: (buf.append(101), buf)[1])
x = bytearray(b'q')
def scoped():
    mv = memoryview(x)
    return mv[0]
print('scoped', scoped())
x.append(1)
print('export ends with the view', x)
