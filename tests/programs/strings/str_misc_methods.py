# Less common str methods: splitlines edge cases, count, format_map, isprintable.
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{x} and {y}".format_map(Default(x="X")))
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable(), "é".isprintable())
print("ab cd".title(), "they're bill's".title(), "hello_world".title())
print("AbC".center(9, "*"), "tab\t".isspace(), " \t\n".isspace())
print("x".join("abc"), "abc".startswith(""), "abc".find(""), "abc".rfind(""))
print("hello"[::-1].upper().replace("L", "_").lower().split("_"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
print(str.join(",", ["p", "q"]), str.upper("up"))
