# http.client against hand-written servers (raw sockets in threads): chunked and file request
# bodies, answers without Content-Length (read to close), HTTP/1.0 answers, 100 Continue, bad
# status lines, a server closing early (RemoteDisconnected, IncompleteRead), readline/iteration.
import io
import socket
import threading
import http.client


def serve(answers):
    """A server that, for each connection, reads one request and sends the next canned answer."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    seen = []

    def run():
        for answer in answers:
            conn, _ = listener.accept()
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = dict(line.split(": ", 1) for line in lines[1:])
            if headers.get("Transfer-Encoding") == "chunked":
                while not body.endswith(b"0\r\n\r\n"):
                    body += conn.recv(4096)
            elif "Content-Length" in headers:
                while len(body) < int(headers["Content-Length"]):
                    body += conn.recv(4096)
            seen.append((lines[0], sorted(k for k in headers if k != "Host"), body))
            if callable(answer):
                answer(conn)
            else:
                conn.sendall(answer)
            conn.close()
        listener.close()

    thread = threading.Thread(target=run)
    thread.start()
    return listener.getsockname()[1], thread, seen


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
answers = [
    OK, OK, OK, OK,
    b"HTTP/1.0 200 OK\r\nX: 1\r\n\r\nline one\nline two\nend",
    b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nafter",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n",
    b"garbage\r\n",
    b"",
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
    b"HTTP/1.1 204 No Content\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\nab\ncd\nef\ngh\n",
    b"HTTP/2.0 200 OK\r\n\r\n",
    b"HTTP/1.1 99 Odd\r\n\r\n",
]
port, thread, seen = serve(answers)


def request(*args, **kwargs):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(*args, **kwargs)
        resp = conn.getresponse()
        return resp, conn
    except Exception:
        conn.close()
        raise


resp, conn = request("POST", "/chunks", body=iter([b"ab", b"", b"cde"]))
print(resp.status, resp.read())
conn.close()
resp, conn = request("POST", "/file", body=io.BytesIO(b"from a file"))
print(resp.read())
conn.close()
resp, conn = request("PUT", "/explicit", body=[b"x", b"yz"], headers={"Transfer-Encoding": "chunked"}, encode_chunked=True)
print(resp.read())
conn.close()
resp, conn = request("POST", "/empty")
print(resp.read())
conn.close()

resp, conn = request("GET", "/old")
print(resp.version, resp.will_close, resp.length, resp.getheader("X"))
print(resp.readline(), list(resp), resp.isclosed())
conn.close()

resp, conn = request("GET", "/continue")
print(resp.status, resp.read())
conn.close()

resp, conn = request("GET", "/chunked")
print(resp.read(3), resp.read(4), resp.read(), resp.isclosed())
conn.close()

for path in ("/garbage", "/closed"):
    try:
        request("GET", path)
    except http.client.HTTPException as e:
        print(type(e).__name__, repr(e.args[0]), isinstance(e, ConnectionError))

resp, conn = request("GET", "/short")
try:
    resp.read()
except http.client.IncompleteRead as e:
    print(repr(e), e.partial, e.expected)
conn.close()

resp, conn = request("GET", "/nocontent")
print(resp.status, resp.length, resp.read())
conn.close()

resp, conn = request("GET", "/lines")
print(resp.readline(), resp.readline(10), resp.read(2), resp.readlines())
conn.close()

for path in ("/v2", "/odd"):
    try:
        request("GET", path)
    except http.client.HTTPException as e:
        print(type(e).__name__, repr(e.args[0]))

thread.join()
for line, names, body in seen:
    print(line, names, body)
