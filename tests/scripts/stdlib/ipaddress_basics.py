# ipaddress: parsing, text forms, properties, arithmetic, comparisons and errors.
import ipaddress as I


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ['192.168.1.1', '0.0.0.0', '255.255.255.255', '::', '::1', '1::', '1:0:0:1:0:0:0:1',
             '0:0:1:0:0:1:0:0', '2001:db8:0:0:1:0:0:1', '::ffff:1.2.3.4',
             'FFFF::ABCD', '2001:0db8:0000:0000:0000:ff00:0042:8329']:
    a = I.ip_address(text)
    print(text, '->', str(a), repr(a), a.version, a.max_prefixlen, a.exploded, a.compressed,
          a.packed.hex(), int(a), a.reverse_pointer)

for value in [0, 1, 2**32 - 1, 2**32, 2**128 - 1, b'\x01\x02\x03\x04', b'\x00' * 16]:
    show('from', lambda: I.ip_address(value))

bad = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1.2.3.x', '1.2.3.1234', '1..2.3',
       '1:2', ':::', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
       '12345::', 'g::', '1:2:3:4:5:6:7', '1::2:3:4:5:6:7:8', '::1.2.3.256', 'fe80::1%',
       '1.2.3.4/24', 5.5, -1, 2**128, b'\x01\x02']
for text in bad:
    show('addr %r' % (text,), lambda: I.ip_address(text))
    show('v4 %r' % (text,), lambda: I.IPv4Address(text))
    show('v6 %r' % (text,), lambda: I.IPv6Address(text))

props = ['is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback',
         'is_link_local', 'is_unspecified']
for text in ['10.1.2.3', '8.8.8.8', '127.0.0.1', '169.254.1.1', '224.0.0.1', '240.0.0.1',
             '100.64.0.1', '0.0.0.0', '192.0.2.5', '::1', '::', 'fe80::1', 'fec0::1', 'ff02::1',
             '2001:db8::1', '2606:4700::1111', '::ffff:10.0.0.1', '::ffff:8.8.8.8', 'fc00::1']:
    a = I.ip_address(text)
    print(text, [p for p in props if getattr(a, p)])
v6 = I.IPv6Address('2001:0:4136:e378:8000:63bf:3fff:fdd2')
print(v6.teredo, I.IPv6Address('2002:c000:0204::1').sixtofour, I.IPv6Address('::ffff:1.2.3.4').ipv4_mapped,
      I.IPv6Address('::1').ipv4_mapped, I.IPv6Address('fec0::1').is_site_local)
s = I.ip_address('fe80::1%eth0')
print(s, repr(s), s.scope_id, s.compressed, hash(s) == hash(I.ip_address('fe80::1%eth0')), I.ip_address('fe80::1%eth0') == I.ip_address('fe80::1'))

a = I.ip_address('10.0.0.1')
print(a + 5, a - 2, a + 0, I.ip_address('::1') + 255)
show('overflow', lambda: I.ip_address('255.255.255.255') + 1)
show('underflow', lambda: I.ip_address('0.0.0.0') - 1)
show('add str', lambda: a + 'x')
print(a < I.ip_address('10.0.0.2'), a <= a, a > I.ip_address('9.0.0.0'), a == I.ip_address('10.0.0.1'),
      a != I.ip_address('10.0.0.1'), a == '10.0.0.1')
show('mixed lt', lambda: a < I.ip_address('::1'))
show('addr lt net', lambda: a < I.ip_network('10.0.0.0/8'))
print(sorted([I.ip_address('10.0.0.3'), I.ip_address('1.2.3.4'), I.ip_address('10.0.0.1')]))
print(hash(a) == hash(I.ip_address('10.0.0.1')), len({a, I.ip_address('10.0.0.1')}))
for spec in ['', 's', 'b', 'x', 'X', 'n', '#b', '#x', '_b', '#_x', '^20s']:
    print(repr(spec), format(a, spec), format(I.ip_address('2001:db8::1'), spec))
show('bad format', lambda: format(a, 'q'))
print(I.v4_int_to_packed(3232235777), I.v6_int_to_packed(1))
show('pack neg', lambda: I.v4_int_to_packed(-1))
show('pack big', lambda: I.v6_int_to_packed(2**128))
