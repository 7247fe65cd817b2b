# IPv4Interface and IPv6Interface (one shared base): text forms, their network, comparisons,
# hashing, pickling; networks built strict and not, and their hosts.
import copy
import ipaddress
import pickle

i4 = ipaddress.IPv4Interface("192.0.2.5/24"); i6 = ipaddress.IPv6Interface("fe80::5%eth0/64")
for i in (i4, i6, ipaddress.ip_interface("::1/128"), ipaddress.ip_interface("10.0.0.1/8")):
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, hash(i) == hash(type(i)(str(i))), i == type(i)(str(i)), i < type(i)(str(i)),
          i.is_loopback, i.is_unspecified, i.is_private, i.__reduce__())
print(i4 == ipaddress.IPv4Address("192.0.2.5"), i4 < ipaddress.IPv4Interface("192.0.2.6/24"),
      ipaddress.IPv4Interface("192.0.2.5/25") < i4, i4.__eq__(3), i4.__lt__(3))
for net in ("192.0.2.0/24", "192.0.2.0/31", "192.0.2.1/32", "::/127", "::1/128", "2001:db8::/126"):
    n = ipaddress.ip_network(net)
    print(n, list(n.hosts()), n.num_addresses)
for bad in ("192.0.2.1/24", "2001:db8::1/64"):
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print(e)
    print(ipaddress.ip_network(bad, strict=False))

print(pickle.loads(pickle.dumps(i4)), copy.copy(i6))
