# zip (strict), map with several iterables, filter with None and functions.
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", [1, 2])), list(zip([1, 2])), list(zip()))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(*zip("ab", "cd"))))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(str.upper, "abc")))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(filter(None, [0, "", None, [], 5, "x", [0]])), list(filter(str.isdigit, "a1b2c3")))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
z = zip(range(3), range(3))
print(iter(z) is z, type(z).__name__, type(m).__name__, type(filter(None, [])).__name__)
