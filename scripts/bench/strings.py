# String building and formatting: f-strings with format specs, %-formatting, str.format, joins,
# splits, replace, case changes, padding, and a small report generated line by line.
from benchlib import run


def report(rows):
    lines = [f"{'name':<12}|{'qty':>6}|{'price':>10}|{'total':>12}"]
    lines.append("-" * len(lines[0]))
    for name, qty, price in rows:
        lines.append(f"{name:<12}|{qty:>6d}|{price:>10.2f}|{qty * price:>12,.2f}")
    return "\n".join(lines)


def main():
    names = ["widget", "gadget", "doohickey", "sprocket", "gizmo", "thingamajig"]
    size = 0
    checksum = 0
    for round_ in range(500):
        rows = [(names[i % len(names)] + str(i % 13), (i * 7) % 100 + 1, ((i * 37) % 1000) / 7) for i in range(300)]
        text = report(rows)
        size += len(text)
        for line in text.splitlines()[2:]:
            name, qty, price, total = [part.strip() for part in line.split("|")]
            checksum += len(name) + int(qty) + len(total.replace(",", ""))
        legacy = "%s=%05d (%.3e) [%-8s] %x" % ("key", round_, round_ * 1.5, "v" * (round_ % 5), round_ * 255)
        fmt = "{0}:{1!r}:{2:^9}".format(round_, "s", "mid")
        size += len(legacy) + len(fmt)
        words = text.replace("|", " ").split()
        caps = " ".join(w.capitalize() for w in words[:500])
        size += len(caps.upper()) + caps.count("Widget") + len(caps.title())
        parts = []
        for i in range(500):
            parts.append(str(i).zfill(5))
            parts.append(hex(i))
        joined = "".join(parts)
        size += len(joined) + joined.find("00499") + len(joined.center(6000, "*"))
    return size, checksum


run(main, repeat=4)
