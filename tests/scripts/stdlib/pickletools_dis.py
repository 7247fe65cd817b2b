# pickletools: genops, dis (positions, MARK nesting, memo notes) and optimize over pickles of
# every protocol.
import io
import pickle
import pickletools

data = {'name': 'gil', 'items': [1, 2.5, None, True, (3, 'x')], 'big': 2 ** 70, 'b': b'\x00\x01',
        'set': {7}, 'fs': frozenset([8]), 'neg': -5, 'mid': 300, 'large': 70000}
shared = [1, 2]
nested = [shared, shared, {'k': shared}]

for proto in range(0, 6):
    out = io.StringIO()
    pickletools.dis(pickle.dumps(data, protocol=proto), out)
    print('--- protocol', proto)
    print(out.getvalue(), end='')

for proto in (0, 2, 4):
    blob = pickle.dumps(nested, protocol=proto)
    print('--- nested', proto)
    pickletools.dis(blob)
    smaller = pickletools.optimize(blob)
    print(len(smaller) <= len(blob), pickle.loads(smaller) == nested)
    pickletools.dis(smaller)

for op, arg, pos in pickletools.genops(pickle.dumps([1, 'a'], protocol=2)):
    print(op.name, repr(arg), pos, op.proto, op.arg.name if op.arg else None, op.stack_before, op.stack_after)

print(len(pickletools.opcodes), pickletools.code2op['.'].name)
for bad in [b'', b'K', b'\xff', b'K\x01K\x02.', b'(.', b'h\x00.', b'0']:
    try:
        pickletools.dis(bad, io.StringIO())
    except ValueError as e:
        print('ValueError', e)
pickletools.dis(pickle.dumps([[1], [2]], protocol=1), indentlevel=2)
memo = {}
pickletools.dis(pickle.dumps('shared', protocol=4), io.StringIO(), memo)
print(memo)
