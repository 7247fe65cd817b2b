# Regex-driven text work: word counts with findall, log-line parsing with match and named groups,
# substitutions with templates and functions, splitting, and searches over non-ASCII text.
import re

from benchlib import run


WORDS = "the quick brown fox jumps over the lazy dog while café owners serve naïve tourists".split()
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]


def main():
    # 1000 distinct lines (formatting them is not what this measures), repeated to 100000.
    lines = []
    for i in range(1000):
        w1 = WORDS[i % len(WORDS)]
        w2 = WORDS[(i * 7) % len(WORDS)]
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] user%d: %s %s took %dms ip=10.%d.%d.%d"
                     % (i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, LEVELS[i % 4], i % 97,
                        w1, w2, (i * 13) % 1000, i % 256, (i * 3) % 256, (i * 11) % 256))
    lines = lines * 150
    text = "\n".join(lines)

    # 1. word count over the whole text
    counts = {}
    for w in re.findall(r"[^\W\d_]+", text):
        w = w.lower()
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]

    # 2. parse each line
    LINE = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<level>[A-Z]+)\] "
                      r"(?P<user>\w+): (?P<msg>.*?) took (?P<ms>\d+)ms ip=(?P<ip>(?:\d{1,3}\.){3}\d{1,3})$")
    by_level = {}
    slow = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        lvl = m.group("level")
        by_level[lvl] = by_level.get(lvl, 0) + 1
        if int(m.group("ms")) > 900:
            slow += 1

    # 3. substitutions and splits
    masked = re.sub(r"\b(\d+)\.(\d+)\.\d+\.\d+\b", r"\1.\2.x.x", text)
    n_user = re.subn(r"user(\d+)", lambda m: "u" + m.group(1), text)[1]
    fields = sum(len(re.split(r"[\s:\[\]=]+", line)) for line in lines[:5000])
    errors = sum(1 for line in lines if re.search(r"\bERROR\b", line))
    ms_total = sum(int(x) for x in re.findall(r"took (\d+)ms", text))
    cafe = len(re.findall(r"(?i)CAFÉ|naïve", text))
    print(top, sorted(by_level.items()), slow, len(masked), n_user, fields, errors, ms_total, cafe)


run(main)
