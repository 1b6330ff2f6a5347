# SPDX-License-Identifier: MIT
# dict/set/list manipulation: views and their set operations, mutation during iteration, slice assignment, grouping and inverting dicts.
d = {"b": 2, "a": 1, "c": 3}
d["d"] = 4; del d["b"]; d["b"] = 5
print(d, list(d.keys()), list(d.values()), list(d.items())[0], d.pop("a"), d.pop("zz", None), d.setdefault("e", []), d.setdefault("c", 0), d.popitem(), d)
k = d.keys(); v = d.values(); i = d.items(); d["new"] = 1; print(len(k), list(v)[-1], ("new", 1) in i, k & {"c", "x"}, k | {"z"} == {"c", "d", "new", "z"}, k - {"c"} == {"d", "new"}, sorted(k ^ {"c", "q"}))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], []), dict(zip("abc", range(3))), dict([("x", 1)], y=2), {1: "a", 1.0: "b", True: "c"}, d | {"c": 99}, {**d, "c": 0} == d | {"c": 0})
d2 = {"x": 1}; d2 |= {"y": 2}; d2.update([("z", 3)], w=4); print(d2, list(reversed(d2)), reversed(d2.items()).__next__(), d2.copy() == d2, d2 == {"w": 4, "z": 3, "y": 2, "x": 1})
try:
    for key in d2: d2["new" + key] = 1
except RuntimeError as e:
    print("RE", e)
try:
    s = {1, 2}
    for x in s: s.add(x + 10)
except RuntimeError as e:
    print("RE", e)
l = [5, 3, 8]
for x in l:
    if x == 3: l.remove(x)
print(l)
s = {3, 1, 2}; s.add(0); s.discard(9); s.remove(3); print(s, s | {7}, s & {1, 7}, s - {1}, sorted(s ^ {1, 9}), s <= {0, 1, 2, 5}, s < s, s.isdisjoint({8}), s.issuperset([1]), {1, 2} == frozenset([1, 2]))
fs = frozenset([1, 2]); print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, {fs: "ok"}[frozenset([2, 1])], hash(fs) == hash(frozenset([2, 1])), frozenset(), set(), {(1, 2), (1, 2)})
s2 = set(range(10)); s2 -= {1, 2}; s2 &= set(range(5)); s2 |= {100}; s2 ^= {0, 200}; print(sorted(s2), s2.intersection([3], [3, 4]), s2.union([1], (2,)), s2.difference({3}, {4}), set("hello") == set("olleh"))
s3 = {1, 2, 3}; s3.difference_update([1]); s3.intersection_update({2, 3, 4}); s3.symmetric_difference_update({3, 5}); s3.update([7], [8]); print(sorted(s3), s3.pop() in {2, 5, 7, 8}, len(s3))
print({x % 5 for x in range(20)}, {-1, -2, 1, 2}, {10, 5, 100, 1000, 3}, set([9, 8, 7, 33, 65]), {True, 1, 1.0, 0, False}, sorted({"b", "a"}))
L = list(range(10))
L[2:5] = ["x"]; print(L); L[::3] = [0] * len(L[::3]); print(L); del L[::2]; print(L); L[1:1] = [7, 7]; print(L); L[-1:] = []; print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print("VE", e)
M = [1, 2, 3]; M *= 2; print(M, M.count(2), M.index(3, 3), M[-100:100], M[5:2], M[::-2]); M.extend(range(2)); M.insert(-1, "i"); M.insert(100, "end"); M.insert(-100, "start"); print(M)
M.clear(); print(M, [[0] * 2] * 2, [[0] * 2 for _ in range(2)], [1, 2] * 0, list("ab") + ["c"], [1, [2]] == [1, [2]], [1, 2] < [1, 2, 0], [3] > [2, 9])
grid = [[0] * 3 for _ in range(3)]; grid[1][1] = 5; print(grid, [row[1] for row in grid], list(zip(*grid)), [list(r) for r in zip(*grid[::-1])])
nested = {"a": {"b": {"c": 1}}}; nested["a"]["b"]["d"] = [1, {"e": 2}]; print(nested, nested["a"]["b"]["d"][1]["e"])
words = "apple banana apricot blueberry cherry avocado".split()
by_letter = {}
for w in words: by_letter.setdefault(w[0], []).append(w)
print(by_letter, {k: len(v) for k, v in sorted(by_letter.items(), key=lambda kv: -len(kv[1]))}, max(by_letter, key=lambda k: len(by_letter[k])))
inv = {v: k for k, v in enumerate("abc")}; print(inv, sorted(inv.items(), key=lambda t: t[1], reverse=True), dict(sorted(inv.items())), list(map(list, inv.items())))
print(list(enumerate({"x": 1, "y": 2})), sum({1: 2, 3: 4}), max({1: "z", 5: "a"}), {}.get("a", {}).get("b"), len({i: i for i in range(1000)}), {i: i for i in range(1000)}[999], [i for i in {5: 0, 1: 0, 3: 0}])
