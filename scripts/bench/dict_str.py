# Dict and str work: word counting, joins, formatting, splitting.
from benchlib import run


def one_round():
    words = ("the quick brown fox jumps over the lazy dog and then the dog sleeps " * 4).split()
    counts = {}
    for round_ in range(3000):
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        key = "k%d" % (round_ % 100)
        counts[key] = counts.get(key, 0) + len(key)
    parts = []
    for i in range(30000):
        parts.append(f"{i}:{i * 3 % 17}")
    text = ",".join(parts)
    fields = text.split(",")
    total = sum(int(f.split(":")[1]) for f in fields)
    upper = sum(1 for w in words if w.upper().startswith("T"))
    return len(counts), counts["the"], total, upper, text[:20]


def main():
    return [one_round() for _ in range(60)][-1]


run(main)
