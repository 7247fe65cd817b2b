# In-memory streams as programs use them: a report built with many small writes to a StringIO,
# read back line by line and by iteration, short-lived StringIOs made per record (a csv writer's
# or a logger's pattern), and a BytesIO packed and unpacked in chunks.
from benchlib import run
import io


def build_report(rows):
    out = io.StringIO()
    for i in range(rows):
        out.write("row ")
        out.write(str(i))
        out.write(": ")
        out.write("x" * (i % 17))
        out.write("\n")
    return out.getvalue()


def main():
    total = 0
    for _ in range(6):
        text = build_report(20000)
        total += len(text)
        src = io.StringIO(text)
        for line in src:
            total += len(line)
        src.seek(0)
        while True:
            line = src.readline()
            if not line:
                break
            total += 1
        for i in range(20000):
            s = io.StringIO()
            s.write("record %d" % i)
            total += len(s.getvalue())
        b = io.BytesIO()
        for i in range(20000):
            b.write(i.to_bytes(4, "little"))
        b.seek(0)
        while True:
            chunk = b.read(4)
            if not chunk:
                break
            total += chunk[0]
    return total


run(main, repeat=5)
