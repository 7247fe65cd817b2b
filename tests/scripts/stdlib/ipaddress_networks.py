# ipaddress: networks and interfaces, subnets/supernets, collapse and summarize, errors.
import ipaddress as I


def show(label, f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for text in ['10.0.0.0/8', '192.168.1.0/24', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255',
             '10.0.0.0/31', '10.0.0.1/32', '0.0.0.0/0', '2001:db8::/32', '::/0', '::1/128',
             'fe80::/10', '2001:db8::/127', ('1.2.3.0', 24), ('1.2.3.0', '255.255.255.0'), 167772160,
             b'\x0a\x00\x00\x00']:
    n = I.ip_network(text)
    print(repr(text), str(n), repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask,
          n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.version,
          n.max_prefixlen, n.exploded, n.compressed)

for text in ['10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/x', '10.0.0.0/255.0.255.0', '10.0.0.0/8/8',
             '1.2.3.4/ 24', '2001:db8::1/32', '2001:db8::/129', '2001:db8::/ffff::', 'nonsense',
             '10.0.0.0/-1', '10.0.0.0/']:
    show('net %r' % (text,), lambda: I.ip_network(text))
    show('v4net %r' % (text,), lambda: I.IPv4Network(text))
    show('v6net %r' % (text,), lambda: I.IPv6Network(text))
print(I.ip_network('10.0.0.1/8', strict=False), I.IPv6Network('2001:db8::1/32', False))

n = I.ip_network('192.168.0.0/29')
print(list(n), list(n.hosts()), n[0], n[-1], n[3], n[-3])
show('index', lambda: n[8])
show('neg index', lambda: n[-9])
print(list(I.ip_network('10.0.0.0/31').hosts()), list(I.ip_network('10.0.0.5/32').hosts()),
      list(I.ip_network('2001:db8::/126').hosts()), list(I.ip_network('::/127').hosts()))
print(I.ip_address('192.168.0.3') in n, I.ip_address('192.168.0.9') in n, I.ip_address('::1') in n,
      I.ip_network('192.168.0.0/30') in n)
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=31)))
print(list(I.ip_network('10.0.0.1/32').subnets()))
show('subnets short', lambda: n.subnets(new_prefix=28))
show('subnets both', lambda: n.subnets(prefixlen_diff=2, new_prefix=31))
show('subnets neg', lambda: n.subnets(prefixlen_diff=-1))
show('subnets far', lambda: n.subnets(prefixlen_diff=4))
print(n.supernet(), n.supernet(prefixlen_diff=5), n.supernet(new_prefix=16), I.ip_network('0.0.0.0/0').supernet())
show('supernet long', lambda: n.supernet(new_prefix=30))
show('supernet both', lambda: n.supernet(prefixlen_diff=2, new_prefix=20))
show('supernet far', lambda: n.supernet(prefixlen_diff=30))
big, small = I.ip_network('10.0.0.0/8'), I.ip_network('10.1.0.0/16')
print(small.subnet_of(big), big.supernet_of(small), big.subnet_of(small), big.overlaps(small),
      small.overlaps(I.ip_network('11.0.0.0/8')))
show('subnet_of mixed', lambda: big.subnet_of(I.ip_network('::/0')))
show('subnet_of addr', lambda: big.subnet_of(I.ip_address('10.0.0.1')))
print(list(big.address_exclude(I.ip_network('10.128.0.0/9'))))
print(list(I.ip_network('192.0.2.0/28').address_exclude(I.ip_network('192.0.2.1/32'))))
print(list(big.address_exclude(big)))
show('exclude outside', lambda: big.address_exclude(I.ip_network('11.0.0.0/16')))
show('exclude mixed', lambda: big.address_exclude(I.ip_network('::/64')))
print(big.compare_networks(small), small.compare_networks(big), big.compare_networks(big),
      big.compare_networks(I.ip_network('10.0.0.0/16')))
print(big < small, big == I.ip_network('10.0.0.0/8'), big != small, hash(big) == hash(I.ip_network('10.0.0.0/8')))
show('net lt mixed', lambda: big < I.ip_network('::/8'))
print(sorted([I.ip_network('10.0.0.0/16'), I.ip_network('9.0.0.0/8'), I.ip_network('10.0.0.0/8')]))
props = ['is_private', 'is_global', 'is_multicast', 'is_reserved', 'is_loopback',
         'is_link_local', 'is_unspecified']
for text in ['10.0.0.0/8', '100.64.0.0/10', '8.8.8.0/24', '224.0.0.0/4', '127.0.0.0/8', '0.0.0.0/32',
             '2001:db8::/32', 'fe80::/10', 'ff00::/8', '::1/128', '2606::/16']:
    net = I.ip_network(text)
    print(text, [p for p in props if getattr(net, p)])

for text in ['192.168.1.5/24', '10.0.0.1', '2001:db8::5/64', ('10.1.1.1', 16), '192.168.1.5/255.255.0.0']:
    i = I.ip_interface(text)
    print(repr(text), str(i), repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen,
          i.with_netmask, i.with_hostmask, i.compressed, i.version)
i = I.ip_interface('192.168.1.5/24')
print(i == I.ip_interface('192.168.1.5/24'), i == I.ip_interface('192.168.1.5/16'),
      i == I.ip_address('192.168.1.5'), i < I.ip_interface('192.168.1.6/24'),
      i < I.ip_interface('192.168.1.1/25'), hash(i) == hash(I.ip_interface('192.168.1.5/24')))
show('iface bad', lambda: I.ip_interface('1.2.3.4/33'))
show('iface junk', lambda: I.ip_interface('junk'))
show('net junk', lambda: I.ip_network('junk/24'))

first, last = I.ip_address('192.0.2.0'), I.ip_address('192.0.2.130')
print(list(I.summarize_address_range(first, last)))
print(list(I.summarize_address_range(I.ip_address('10.0.0.3'), I.ip_address('10.0.0.3'))))
print(list(I.summarize_address_range(I.ip_address('::'), I.ip_address('::ff'))))
print(list(I.summarize_address_range(I.ip_address('0.0.0.0'), I.ip_address('255.255.255.255'))))
show('summarize order', lambda: I.summarize_address_range(last, first))
show('summarize mixed', lambda: I.summarize_address_range(first, I.ip_address('::1')))
show('summarize net', lambda: I.summarize_address_range(I.ip_network('10.0.0.0/8'), last))
nets = [I.ip_network('192.0.2.0/26'), I.ip_network('192.0.2.64/26'), I.ip_network('192.0.2.128/26'),
        I.ip_network('192.0.2.192/26'), I.ip_network('192.0.2.0/28'), I.ip_address('10.0.0.1'),
        I.ip_address('10.0.0.2'), I.ip_address('10.0.0.0'), I.ip_network('10.0.0.3/32')]
print(list(I.collapse_addresses(nets)))
print(list(I.collapse_addresses([I.ip_network('10.0.0.0/24'), I.ip_network('10.0.1.0/24'),
                                 I.ip_network('10.0.3.0/24')])))
print(list(I.collapse_addresses([])))
show('collapse mixed', lambda: I.collapse_addresses([I.ip_address('1.1.1.1'), I.ip_address('::1')]))
show('collapse mixed nets', lambda: I.collapse_addresses([I.ip_network('1.0.0.0/8'), I.ip_network('::/8')]))
mixed = [I.ip_network('10.0.0.0/8'), I.ip_address('::1'), I.ip_address('1.1.1.1'), I.ip_network('::/64')]
print(sorted(mixed, key=I.get_mixed_type_key))
print(I.get_mixed_type_key('x'))
