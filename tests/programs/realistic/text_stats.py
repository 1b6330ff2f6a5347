# A text-statistics report: words, sentences, frequencies, longest words, histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness. It was the
spring of hope, it was the winter of despair! We had everything before us; we had
nothing before us? We were all going direct to Heaven."""
import string
from collections import Counter
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
sentences = [s for s in TEXT.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))
print("words:", len(words), "unique:", len(set(words)), "sentences:", len(sentences))
print("average word length: %.3f" % (sum(map(len, words)) / len(words)))
freq = Counter(words)
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:>10} {n:3d} {'#' * n}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
lengths = Counter(len(w) for w in words)
for n in range(1, max(lengths) + 1):
    print(f"{n:2d} | {'*' * lengths.get(n, 0)}")
caps = sorted({w.strip(string.punctuation) for w in TEXT.split() if w[0].isupper()})
print("capitalised:", caps)
print("lines:", [len(l) for l in TEXT.splitlines()])
