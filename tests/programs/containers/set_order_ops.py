# Printed order of sets built by copy, update, |, -, ^ and constant displays (CPython 3.11 algorithms).
src = set([9, 17, 1, 2, 3])
s = set(); s.update(src)
print(src, s, set(src), src.copy(), set() | src, {*src}, {9, 17, 1, 2, 3})
print({0, 1, 2} ^ {1, 9}, {0, 1, 2}.symmetric_difference({1, 9}), frozenset({40, 8, 72}))
a = {i * 31 % 97 for i in range(30)}
print(a, a - {0, 31}, a & set(range(0, 97, 2)), sorted(a) == sorted(set(a)))
print({1, 2, 3} | {33, 65}, {100, 200, 300, 4}, {x for x in [8, 16, 24, 32, 40]})
