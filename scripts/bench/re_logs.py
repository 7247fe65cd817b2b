# Log parsing with regular expressions: an access log (ASCII) and an application log (with
# accented names) parsed line by line with groups (match, groupdict, search), rewritten with sub
# (templates and functions), tokenised with finditer, and filtered with a case-insensitive search.
import re

from benchlib import run

METHODS = ["GET", "POST", "PUT", "DELETE"]
PATHS = ["/", "/index.html", "/api/v1/users", "/api/v1/orders/42", "/static/app.js", "/login?next=/home"]
NAMES = ["José", "Zoë", "François", "Anna", "Björn", "Ngozi", "Łukasz", "Mary"]

ACCESS = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\S+) \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):'
                    r'(?P<time>\d\d:\d\d:\d\d) [+-]\d{4}\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/1\.[01]" '
                    r'(?P<status>\d{3}) (?P<size>\d+|-)')
APP = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})Z\s+(\w+)\s+\[([^\]]+)\]\s+(.*)$")
KV = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")


def make_logs(n):
    access, app = [], []
    for i in range(n):
        access.append('%d.%d.%d.%d - %s [%02d/Mar/2024:%02d:%02d:%02d +0100] "%s %s HTTP/1.1" %d %s'
                      % (10 + i % 200, i % 256, (i * 7) % 256, (i * 13) % 256, "-" if i % 3 else "u%d" % (i % 50),
                         i % 28 + 1, i % 24, i % 60, (i * 11) % 60, METHODS[i % 4], PATHS[i % 6],
                         [200, 200, 304, 404, 500][i % 5], "-" if i % 7 == 0 else str(100 + i * 37 % 90000)))
        app.append('2024-03-%02dT%02d:%02d:%02d.%03dZ %s [worker-%d] user=%s order=%d amount="%d.%02d EUR" note=%s'
                   % (i % 28 + 1, i % 24, i % 60, (i * 7) % 60, i % 1000, ["INFO", "WARN", "ERROR"][i % 3], i % 8,
                      NAMES[i % 8], i, i % 500, i % 100, "ok" if i % 5 else "retry"))
    return access, app


def main():
    access, app = make_logs(4000)
    access, app = access * 30, app * 30
    status, bytes_by_method = {}, {}
    for line in access:
        m = ACCESS.match(line)
        d = m.groupdict()
        status[d["status"]] = status.get(d["status"], 0) + 1
        if d["size"] != "-":
            bytes_by_method[d["method"]] = bytes_by_method.get(d["method"], 0) + int(d["size"])
    levels, users, total = {}, {}, 0
    for line in app:
        m = APP.match(line)
        levels[m.group(8)] = levels.get(m.group(8), 0) + 1
        fields = dict(KV.findall(m.group(10)))
        users[fields["user"]] = users.get(fields["user"], 0) + 1
        total += int(fields["order"])
    text = "\n".join(app)
    anonymised = re.sub(r"user=(\w+)", lambda m: "user=" + m.group(1)[0] + "***", text)
    redated = re.sub(r"(\d{4})-(\d\d)-(\d\d)T", r"\3/\2/\1 ", text)
    tokens = sum(1 for _ in re.finditer(r"\w+|[^\w\s]", text[:400000]))
    retries = len(re.findall(r"(?i)NOTE=RETRY", text))
    errors = sum(1 for line in app if re.search(r"\bERROR\b.*amount=\"4\d\d", line))
    return (sorted(status.items()), sorted(bytes_by_method.items()), sorted(levels.items()), sorted(users.items()),
            total, len(anonymised), redated[:40], tokens, retries, errors)


run(main)
