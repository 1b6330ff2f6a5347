# strip/ljust/rjust/center/zfill/expandtabs/join.
s = "  padded\t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(repr("abcba".strip("ab")), repr("www.example.com".lstrip("w.")), repr("  ".strip()))
print("[" + "hi".ljust(6) + "]", "[" + "hi".rjust(6, "*") + "]", "[" + "hi".center(7, "-") + "]")
print("[" + "long string".center(4) + "]", "[" + "é".center(5, "·") + "]")
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(2)))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("ab".join("1234"), "x".join([]))
