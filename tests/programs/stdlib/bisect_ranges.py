# bisect with key (3.10+), sorted insertion, range queries on sorted lists.
import bisect
scores = [(90, "ann"), (72, "bo"), (85, "cy"), (60, "di")]
scores.sort()
keys = [s for s, _ in scores]
print(keys, bisect.bisect_left(keys, 80), bisect.bisect_right(keys, 85))
def count_between(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
data = sorted([5, 1, 9, 3, 3, 7, 3, 10])
print(data, count_between(data, 3, 7), count_between(data, 11, 20), count_between(data, 0, 100))
bisect.insort(scores, (80, "ed"))
print(scores)
print(bisect.bisect_left(scores, 85, key=lambda s: s[0]), bisect.bisect(["b", "d"], "c"))
bisect.insort(scores, (70, "fa"), key=lambda s: s[0])
print([n for _, n in scores])
