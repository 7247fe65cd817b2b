# http.server.SimpleHTTPRequestHandler serving a temporary directory to threads fetching it with
# urllib: files with their types and lengths, index.html, directory listings, the redirect to a
# directory's slash, 404, HEAD, If-Modified-Since, and paths that try to leave the directory.
import functools
import http.client
import http.server
import os
import tempfile
import threading
import urllib.error
import urllib.request

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "docs", "deep"))
os.makedirs(os.path.join(root, "site"))
files = {
    "hello.txt": b"hello world\n",
    "data.json": b'{"a": 1}',
    "page.html": b"<p>page</p>",
    "archive.tar.gz": b"\x1f\x8b not really",
    "noext": b"???",
    "docs/readme.md": b"# readme",
    "docs/deep/x.csv": b"a,b\n1,2\n",
    "site/index.html": b"<h1>index</h1>",
    "with space.txt": b"spaced",
}
for name, data in files.items():
    with open(os.path.join(root, name), "wb") as f:
        f.write(data)
    os.utime(os.path.join(root, name), (1_000_000_000, 1_000_000_000))

log = []


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        log.append(format % args)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
base = "http://127.0.0.1:%d" % server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()


def fetch(path):
    try:
        with urllib.request.urlopen(base + path) as resp:
            body = resp.read()
            return (resp.status, resp.headers.get("Content-type"), resp.headers.get("Content-Length"),
                    resp.headers.get("Last-Modified"), body, resp.geturl().replace(base, ""))
    except urllib.error.HTTPError as e:
        return (e.code, e.reason, e.headers.get("Content-Type"), len(e.read()))


for path in ["/hello.txt", "/page.html", "/archive.tar.gz", "/noext", "/docs/readme.md",
             "/docs/deep/x.csv", "/site/", "/site", "/missing.txt", "/docs/nothing/", "/with%20space.txt",
             "/../../etc/passwd", "/docs/../hello.txt", "/hello.txt?query=1#frag", "//hello.txt"]:
    print(path, fetch(path))

listing = fetch("/")[4].decode()
print(listing)
print(fetch("/docs/")[4].decode().splitlines()[9:12])

conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1])
conn.request("HEAD", "/hello.txt")
resp = conn.getresponse()
print(resp.status, resp.getheader("Content-Length"), resp.read())
conn.close()
conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1])
conn.request("GET", "/hello.txt", headers={"If-Modified-Since": "Sun, 09 Sep 2001 01:46:40 GMT"})
resp = conn.getresponse()
print(resp.status, resp.read())
conn.close()
conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1])
conn.request("GET", "/hello.txt", headers={"If-Modified-Since": "Sat, 08 Sep 2001 01:46:40 GMT"})
resp = conn.getresponse()
print(resp.status, resp.read())
conn.close()
conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1])
conn.request("POST", "/hello.txt", body=b"x")
resp = conn.getresponse()
print(resp.status, resp.reason)
conn.close()


# Many threads at once.
results = []
lock = threading.Lock()


def worker(n):
    name = ["/hello.txt", "/data.json", "/docs/readme.md"][n % 3]
    status, ctype, length, modified, body, url = fetch(name)
    with lock:
        results.append((n, status, len(body)))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

server.shutdown()
server.server_close()
thread.join()
for line in sorted(log):
    print(line)

import shutil
shutil.rmtree(root)
