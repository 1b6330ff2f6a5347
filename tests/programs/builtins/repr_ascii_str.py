# repr, ascii and str of built-in values.
values = [1, -2.5, "text", "é", b"b\xff", None, True, [1, "a"], (1,), {"k": "v"}, range(3),
          slice(1, 2), 1e100, float("inf"), Ellipsis, NotImplemented, bytearray(b"x"), frozenset(), set(), {}, ()]
for v in values:
    print(repr(v), "|", ascii(v), "|", str(v))
print(repr(int), repr(str), repr(ValueError), repr(len))
print(repr(ValueError("x")), str(ValueError("x")), ascii("日本"))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), str(R()), ascii([R(), "ü"]))
print(repr([1.0, 2.50, -0.0]), repr({1: (2,)}), repr([[], {}, ()]))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), ascii(b"\xe9"))
