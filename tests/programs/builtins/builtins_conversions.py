# list/tuple/set/dict/str/bool/float constructors from many inputs.
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x * 2 for x in range(2)))
print(tuple([1, 2]), tuple("ab"), tuple({"k": 0}.items()), tuple())
print(sorted(set([3, 1, 3])), sorted(set("aab")), frozenset([1]) == {1})
print(dict([(1, 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict())
print(str(12), str(-0.5), str([None]), bool(""), bool("0"), bool(0.0), bool([0]))
print(float("1e3"), float(7), float("-inf"), int(float("1e3")))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
