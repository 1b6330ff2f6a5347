# Nested and starred unpacking in for-loops, comprehensions and function returns.
records = [("ann", (30, "nyc"), ["a", "b", "c"]), ("bo", (25, "la"), ["x"])]
for name, (age, city), [first, *others] in records:
    print(name, age, city, first, others)
print([(n, c) for n, (_, c), _ in records])
def split():
    return 1, (2, 3), [4, 5, 6]
a, (b, c), (d, *e) = split()
print(a, b, c, d, e)
(x, y), z = "ab", "c"
print(x, y, z)
head, *middle, tail = range(10)
print(head, middle, tail)
[[p, q], r] = [[1, 2], 3]
print(p, q, r)
pairs = {"k1": (1, 2), "k2": (3, 4)}
for k, (v1, v2) in sorted(pairs.items()):
    print(k, v1 * v2)
first, second, *_ = "xyz!"
print(first, second, _)
m, n = n, m = 1, 2
print(m, n)
