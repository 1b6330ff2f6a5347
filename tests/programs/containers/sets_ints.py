# set and frozenset operations (small ints print deterministically).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= a, a > a, a.issubset(range(10)), a.isdisjoint({7}))
s = set()
s.add(5); s.add(5); s.update([1, 2], (3,))
print(s, len(s))
s.discard(99); s.remove(1)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {2, 3, 5}, len(s))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__)
print({fs: "key"}[frozenset({1, 2, 3})], hash(fs) == hash(frozenset([1, 2, 3])))
c = a.copy()
c &= {1, 2}
print(c, a)
c |= {7}; c -= {1}; c ^= {2, 8}
print(c)
print(set("hello") == set("olleh"), sorted(set("mississippi")))
print({x % 4 for x in range(10)}, set(), frozenset())
print(set([1, 2]) == frozenset([1, 2]), {1} in [frozenset({1})])
