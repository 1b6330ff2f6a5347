# SPDX-License-Identifier: MIT
# Sorting: stability, multi-key and reversed sorts, operator getters, errors from comparisons and key functions, heapq and bisect.
records = [("bob", 25, 3.5), ("alice", 30, 3.5), ("carol", 25, 4.0), ("dave", 30, 2.0), ("eve", 25, 3.5), ("Bob", 40, 1.0)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[2], r[0])))
print(sorted(records, key=lambda r: r[0].lower()), sorted(records, key=lambda r: r[0].casefold(), reverse=True))
s1 = sorted(records, key=lambda r: r[0]); s2 = sorted(s1, key=lambda r: r[1], reverse=True); print(s2)
from operator import itemgetter, attrgetter, methodcaller
print(sorted(records, key=itemgetter(1, 0)), max(records, key=itemgetter(2)), min(records, key=itemgetter(2, 1)))
print(list(map(methodcaller("upper"), ["a", "b"])), list(map(methodcaller("split", ","), ["a,b"])), itemgetter(slice(1, 3))("abcd"), itemgetter(0)("x"))
class P:
    def __init__(self, n, a): self.name, self.age = n, a; self.info = self
    def __repr__(self): return self.name
ps = [P("x", 3), P("y", 1), P("z", 3)]
print(sorted(ps, key=attrgetter("age")), sorted(ps, key=attrgetter("age", "name"), reverse=True), attrgetter("info.info.name")(ps[0]))
words = "the quick brown fox jumps over the lazy dog The End".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(set(words), key=lambda w: (len(w), w)))
l = [3, 1, 2]; l.sort(reverse=True); print(l, sorted([True, False, 0, 1, 0.5]), sorted([-0.0, 0.0, 0]), sorted([[2], [1, 5], [1]]), sorted("bca", reverse=True))
data = [(1, "b"), (1, "a"), (0, "c")]; data.sort(key=lambda t: t[0]); print(data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TE", e)
try:
    sorted([None, None])
except TypeError as e:
    print("TE", e)
try:
    [3, 1].sort(lambda a, b: 0)
except TypeError as e:
    print("TE", e)
lst = list(range(10))
def bad_key(x):
    if x == 5: raise ValueError("key fail")
    return -x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("VE", e, lst)
m = [5, 3, 1]
def mutating(x):
    return x
m.sort(key=mutating); print(m)
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), sorted(range(10), key=lambda x: x % 3), sorted([], key=len))
print(list(reversed(sorted([1, 2, 3]))), sorted([1, 2, 3], key=lambda x: 0), sorted(["a10", "a9", "a100"], key=lambda s: int(s[1:])))
import heapq, bisect
h = []; [heapq.heappush(h, (p, n)) for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]]
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, records, key=itemgetter(2)), list(heapq.merge([1, 4], [2, 3], [0])))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge(["b", "a"], ["c"], key=str, reverse=False)))
a = [1, 2, 2, 2, 4]; print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3), bisect.bisect_left(a, 2, 2), bisect.bisect_left(records, 30, key=itemgetter(1)) if False else 0)
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
grades = "FDCBA"; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
