# Algorithms with lists: binary search, merge sort, quicksort, dedupe.
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(a) and a[lo] == x else -1
a = [1, 3, 5, 7, 9, 11]
print([bsearch(a, x) for x in (1, 7, 11, 4, 0, 12)])
def msort(x):
    if len(x) <= 1:
        return x
    m = len(x) // 2
    l, r = msort(x[:m]), msort(x[m:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r
def qsort(x):
    if len(x) <= 1:
        return x
    p = x[0]
    return qsort([y for y in x[1:] if y < p]) + [p] + qsort([y for y in x[1:] if y >= p])
data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0]
print(msort(data), qsort(data), sorted(data) == msort(data) == qsort(data))
seen = set()
print([x for x in [3, 1, 3, 2, 1, 4] if not (x in seen or seen.add(x))])
print(list(dict.fromkeys("mississippi")))
print([list(p) for p in zip(*[[1, 2, 3], [4, 5, 6]])])
