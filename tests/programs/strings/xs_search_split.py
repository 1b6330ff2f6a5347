# str search, split, strip, join and replace, with start/end windows.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 20))
print(s.count("o"), s.count("o", 15), s.count("o", 15, -5), s.count(""), "".count(""), "abc".count("", 5))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".find("c", -1), "abc".find("a", -100))
print(s.index("fox"), s.rindex("o"))
for f in (lambda: s.index("cat"), lambda: s.rindex("cat"), lambda: s.find(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.startswith("the"), s.startswith(("a", "th")), s.endswith("dog"), s.endswith("lazy", 0, -4))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("bc", -2), "abc".startswith("b", 1, 2))
try:
    "abc".startswith(1)
except TypeError as e:
    print("TypeError", e)
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), s.split("o"), "a,b,,c,".split(","))
print("  a  b  c  ".split(), "  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "".split(), "".split(","))
print("a\u2003b\xa0c".split(), "x".split("x"), "aXbXc".rsplit("X", 1), "aXbXc".split(sep="X", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
print("l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028l7".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print(repr("  xx  ".strip()), repr("xxhixx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("\u3000 é \t".strip()), repr("ééaéé".strip("é")))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "é".join(("1", "2")))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "héllo".replace("l", "L"))
print("abc".replace("x", "y"), "".replace("", "x"), "aaa".replace("aa", "b"))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
