# Regex-driven word count over a multiprocessing Pool: each worker tokenizes a chunk of lines with
# re.findall, the parent merges the counts and prints the most common words and a few statistics.
import re
from multiprocessing import Pool

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. In 1775 there were 2 kings and 2.5 queens, naïvely counted;
the café's owner didn't care. Über-long words and ÉCOLE names count too.
"""


def count_chunk(lines):
    counts = {}
    numbers = 0
    for line in lines:
        for word in WORD.findall(line.lower()):
            counts[word] = counts.get(word, 0) + 1
        numbers += len(NUMBER.findall(line))
    return counts, numbers


def main():
    lines = TEXT.splitlines() * 200
    chunks = [lines[i:i + 100] for i in range(0, len(lines), 100)]
    total = {}
    numbers = 0
    with Pool(4) as pool:
        for counts, n in pool.map(count_chunk, chunks):
            numbers += n
            for word, c in counts.items():
                total[word] = total.get(word, 0) + c
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print("chunks:", len(chunks), "distinct words:", len(total), "numbers:", numbers)
    for word, c in top:
        print(f"{word:>12} {c}")
    print("apostrophes:", sorted(w for w in total if "'" in w))
    print("non-ascii:", sorted(w for w in total if not all(ord(ch) < 128 for ch in w)))


if __name__ == "__main__":
    main()
