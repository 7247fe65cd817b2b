"""_socket's int constants (address families, protocols, option names, CAN/TIPC/vsock/J1939) and
socket's copies of them, as python3 has them on Linux."""
import _socket
import socket

names = sorted(n for n in dir(_socket) if (n.isupper() or n == 'AF_DECnet') and isinstance(getattr(_socket, n), int))
print(len(names))
for n in names:
    print(n, getattr(_socket, n), int(getattr(socket, n)) == getattr(_socket, n))
