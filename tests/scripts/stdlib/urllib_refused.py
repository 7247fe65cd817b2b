# An uncaught URLError for a refused connection: the last line of the traceback names
# urllib.error.URLError and the reason, as python3 prints it.
import socket
import urllib.request

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
print("fetching")
urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=5)
