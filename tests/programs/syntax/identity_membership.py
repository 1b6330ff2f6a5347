# is / is not / in / not in across types.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(2 in a, 3 not in a, "b" in "abc", "bc" in "abc", "ac" in "abc")
d = {"k": 1, "j": 2}
print("k" in d, 1 in d, 1 in d.values(), ("k", 1) in d.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 10 in range(10))
print(b"ab" in b"cabd", 97 in b"abc")
print(1 in {1, 2}, (1, 2) in [(1, 2)], [] in [[]])
class Eq:
    def __eq__(self, other):
        return True
e = Eq()
print(e in [1], 5 in [e])
print(float("nan") in [float("nan")])
x = float("nan")
print(x in [x])
