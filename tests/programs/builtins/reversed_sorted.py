# reversed on sequences and __reversed__; sorted stability and keys.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print("".join(reversed("stressed")), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("bca"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted(x for x in [2, 1]))
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted([], reverse=True))
print(sorted(["aa", "b", "ccc", "dd"], key=len))
