"""A small web service and its clients in one program, in the style of the published threading
examples: a ThreadingHTTPServer answers JSON in its own thread while a pool of worker threads
fetch from it with urllib.request and log what they got with %(threadName)s. Lines from different
threads come in a varying order (as under CPython); the totals at the end are always the same:

    gilpy scripts/examples/http_threads_fetch.py
"""

import concurrent.futures
import http.server
import json
import logging
import threading
import urllib.request

logging.basicConfig(level=logging.INFO, format="%(threadName)-24s %(message)s")


class SquareHandler(http.server.BaseHTTPRequestHandler):
    """GET /square/N answers {"n": N, "square": N*N}."""

    def do_GET(self):
        n = int(self.path.rsplit("/", 1)[1])
        body = json.dumps({"n": n, "square": n * n}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        logging.debug(format, *args)


def fetch(base, n):
    with urllib.request.urlopen("%s/square/%d" % (base, n)) as resp:
        answer = json.load(resp)
    logging.info("square of %d is %d", n, answer["square"])
    return answer["square"]


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SquareHandler)
    base = "http://127.0.0.1:%d" % server.server_address[1]
    serving = threading.Thread(target=server.serve_forever, name="server")
    serving.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetcher") as pool:
        squares = list(pool.map(lambda n: fetch(base, n), range(20)))
    server.shutdown()
    server.server_close()
    serving.join()
    print("fetched", len(squares), "squares, total", sum(squares))


if __name__ == "__main__":
    main()
