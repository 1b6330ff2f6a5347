# sys.stdin: read lines, iterate, word counts of the given input.
import sys
first = sys.stdin.readline()
print(repr(first))
lines = [line.rstrip("\n") for line in sys.stdin]
print(len(lines), lines[:2])
words = " ".join(lines).split()
counts = {}
for w in words:
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w, c)
