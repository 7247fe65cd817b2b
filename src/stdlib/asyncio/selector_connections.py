"""The selector loop's connection methods: create_connection, create_server,
create_datagram_endpoint, connect_accepted_socket, getaddrinfo/getnameinfo (in the default
executor), and the datagram socket calls sock_recvfrom/sock_sendto. _UnixSelectorEventLoop
mixes them in."""

import socket

from . import selector_transports
from . import servers
from . import tasks

_WOULD_BLOCK = (BlockingIOError, InterruptedError)


def _no_ssl(ssl):
    if ssl:
        raise NotImplementedError('gilpy has no ssl module: TLS transports are not available')


def _hosts_of(host):
    """The hosts create_server binds: '' or None is every interface."""
    if host == '':
        return [None]
    if isinstance(host, str) or not hasattr(host, '__iter__'):
        return [host]
    return list(host)


def _combined_error(errors):
    if len(errors) == 1:
        return errors[0]
    text = str(errors[0])
    if all(str(e) == text for e in errors):
        return errors[0]
    return OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))


class _ConnectionMethods:

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type,
                                          proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def _resolved(self, host, port, family, type, proto, flags):
        infos = await self.getaddrinfo(host, port, family=family, type=type, proto=proto,
                                       flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        return infos

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None and not ssl:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        _no_ssl(ssl)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            infos = await self._resolved(host, port, family, socket.SOCK_STREAM, proto, flags)
            local_infos = None
            if local_addr is not None:
                local_infos = await self._resolved(*local_addr, family, socket.SOCK_STREAM,
                                                   proto, flags)
            errors = []
            for fam, kind, prot, _name, address in infos:
                try:
                    sock = await self._connect_one(fam, kind, prot, address, local_infos)
                    break
                except OSError as exc:
                    errors.append(exc)
            else:
                raise _combined_error(errors)
        else:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        return await self._create_connection_transport(sock, protocol_factory)

    async def _connect_one(self, family, kind, proto, address, local_infos):
        sock = socket.socket(family=family, type=kind, proto=proto)
        try:
            sock.setblocking(False)
            if local_infos is not None:
                bound = None
                for lfam, _k, _p, _n, laddr in local_infos:
                    if lfam != family:
                        continue
                    try:
                        sock.bind(laddr)
                        bound = laddr
                        break
                    except OSError as exc:
                        text = f'error while attempting to bind on address {laddr!r}: {exc.strerror.lower()}'
                        bound = OSError(exc.errno, text)
                if not isinstance(bound, tuple):
                    raise bound if bound is not None else OSError(f'no matching local address with family={family} found')
            await self.sock_connect(sock, address)
            return sock
        except BaseException:
            sock.close()
            raise

    async def _create_connection_transport(self, sock, protocol_factory, extra=None,
                                           server=None):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = selector_transports._SelectorSocketTransport(
            self, sock, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        _no_ssl(ssl)
        return await self._create_connection_transport(sock, protocol_factory)

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl_handshake_timeout is not None and ssl is None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        _no_ssl(ssl)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = True
            infos = []
            for one in _hosts_of(host):
                for info in await self._resolved(one, port, family, socket.SOCK_STREAM, 0, flags):
                    if info not in infos:
                        infos.append(info)
            sockets = []
            try:
                for fam, kind, prot, _name, address in infos:
                    try:
                        listener = socket.socket(fam, kind, prot)
                    except OSError:
                        continue
                    sockets.append(listener)
                    if reuse_address:
                        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, True)
                    if fam == socket.AF_INET6 and hasattr(socket, 'IPPROTO_IPV6'):
                        listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        listener.bind(address)
                    except OSError as exc:
                        text = f'error while attempting to bind on address {address!r}: {exc.strerror.lower()}'
                        raise OSError(exc.errno, text) from None
            except BaseException:
                for listener in sockets:
                    listener.close()
                raise
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        for listener in sockets:
            listener.setblocking(False)
        server = servers.Server(self, sockets, protocol_factory, ssl, backlog,
                                ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None, sock=None):
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(f'A UDP Socket was expected, got {sock!r}')
            if local_addr or remote_addr or family or proto or flags or reuse_port or allow_broadcast:
                given = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                             proto=proto, flags=flags, reuse_port=reuse_port,
                             allow_broadcast=allow_broadcast)
                problems = ', '.join(f'{k}={v}' for k, v in given.items() if v)
                raise ValueError(f'socket modifier keyword arguments can not be used when sock '
                                 f'is specified. ({problems})')
            sock.setblocking(False)
            remote = None
        else:
            if not (local_addr or remote_addr):
                if family == 0:
                    raise ValueError('unexpected address family')
                fam, local, remote = family, None, None
            else:
                local_infos = remote_infos = None
                if local_addr is not None:
                    local_infos = await self._resolved(*local_addr, family, socket.SOCK_DGRAM,
                                                       proto, flags)
                if remote_addr is not None:
                    remote_infos = await self._resolved(*remote_addr, family, socket.SOCK_DGRAM,
                                                        proto, flags)
                pick = (local_infos or remote_infos)[0]
                fam, proto = pick[0], pick[2]
                local = next((i[4] for i in local_infos if i[0] == fam), None) if local_infos else None
                remote = next((i[4] for i in remote_infos if i[0] == fam), None) if remote_infos else None
            sock = socket.socket(family=fam, type=socket.SOCK_DGRAM, proto=proto)
            try:
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if allow_broadcast:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                sock.setblocking(False)
                if local is not None:
                    sock.bind(local)
                if remote is not None:
                    await self.sock_connect(sock, remote)
            except BaseException:
                sock.close()
                raise
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = selector_transports._SelectorDatagramTransport(self, sock, protocol, remote,
                                                                   waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def sock_recvfrom(self, sock, bufsize):
        while True:
            try:
                return sock.recvfrom(bufsize)
            except _WOULD_BLOCK:
                await self._until_ready(sock, 0)

    async def sock_sendto(self, sock, data, address):
        while True:
            try:
                return sock.sendto(data, address)
            except _WOULD_BLOCK:
                await self._until_ready(sock, 1)

    async def sock_recv_into(self, sock, buf):
        while True:
            try:
                return sock.recv_into(buf)
            except _WOULD_BLOCK:
                await self._until_ready(sock, 0)


for _name in ('getaddrinfo', 'getnameinfo', 'create_connection', 'connect_accepted_socket',
              'create_server', 'create_datagram_endpoint'):
    # Named as CPython names them (in argument errors, for one).
    getattr(_ConnectionMethods, _name).__qualname__ = 'BaseEventLoop.' + _name
for _name in ('sock_recvfrom', 'sock_sendto', 'sock_recv_into'):
    getattr(_ConnectionMethods, _name).__qualname__ = 'BaseSelectorEventLoop.' + _name
del _name
