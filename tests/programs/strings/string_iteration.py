# Iterating strings: counting, grouping, palindromes, anagrams.
from collections import Counter
s = "abracadabra"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts, Counter(s).most_common(2))
def is_pal(t):
    t = "".join(c.lower() for c in t if c.isalnum())
    return t == t[::-1]
for t in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(t), is_pal(t))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values()))
def rle(t):
    out = []
    i = 0
    while i < len(t):
        j = i
        while j < len(t) and t[j] == t[i]:
            j += 1
        out.append(f"{j - i}{t[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print(list(zip(s, s[1:]))[:4], s[::3])
