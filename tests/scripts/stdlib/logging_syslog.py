# logging.handlers.SysLogHandler: UDP to a local socket (priorities, facility, ident, NUL), a Unix
# datagram socket, and a path nobody listens on.
import logging, logging.handlers as H, socket, os, tempfile
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); srv.bind(('127.0.0.1', 0)); srv.settimeout(5)
h = H.SysLogHandler(address=('127.0.0.1', srv.getsockname()[1]), facility=H.SysLogHandler.LOG_LOCAL3)
h.ident = 'app: '
log = logging.getLogger('sys'); log.addHandler(h); log.propagate = False; log.setLevel(1)
log.warning('hello %s', 'syslog'); log.error('err'); log.log(5, 'odd level')
for _ in range(3): print(srv.recvfrom(1000)[0])
print(h.encodePriority('mail', 'err'), h.mapPriority('NOTSET'), sorted(H.SysLogHandler.facility_names)[:5], repr(h))
h.close()
d = tempfile.mkdtemp(); path = os.path.join(d, 'sock')
us = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); us.bind(path); us.settimeout(5)
h2 = H.SysLogHandler(address=path); h2.append_nul = False
h2.emit(logging.makeLogRecord({'msg': 'unix', 'levelname': 'INFO'}))
print(us.recv(100), h2.socktype == socket.SOCK_DGRAM, h2.unixsocket)
h2.close()
h3 = H.SysLogHandler(address=os.path.join(d, 'none'))
print(h3.socket)
