# Hashable key types: ints, floats, tuples, frozensets, bools, None; equal keys merge.
d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
print(d)
d[(1, 2)] = "tuple"
d[None] = "none"
d[frozenset([1, 2])] = "frozenset"
d[-0.0] = "zero"
print(d[0], d[(1, 2)], d[None], d[frozenset([2, 1])], len(d))
try:
    d[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    d[{1: 2}] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[(1, [2])] = 1
except TypeError as e:
    print("TypeError:", e)
print(2 ** 64 in {2 ** 64: 1}, {10 ** 20: "big"}[10 ** 20], {0.5: "half"}[1 / 2])
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({3: 0, 1: 0, 2: 0}))
