# More str behaviour: split with maxsplit, rsplit, splitlines keepends, partition chains, zfill.
s = "a,b,,c,d"
print(s.split(",", 2), s.rsplit(",", 2), s.split(",", 0), s.split(",", -1))
print("  x  y  ".split(" "), "  x  y  ".rsplit(None, 1), "x".split("x"))
print("one\ttwo  three\nfour".split(), "a\r\nb\rc\n".splitlines(keepends=True))
path = "/usr/local/lib/python3.11/site.py"
head, _, tail = path.rpartition("/")
stem, dot, ext = tail.partition(".")
print(head, tail, stem, ext, path.count("/"), path.split("/")[-2])
print("%s" % "x".zfill(3), "123".rjust(6, "0"), "-5".zfill(4), "ab".center(6, "*"))
print("hello world".startswith("wor", 6), "hello".endswith(("lo", "x")), "abc".find("c", -1))
print("AbCd".lower() == "abcd", "ß".casefold() == "ss", "ǅ".lower(), "ǅ".upper())
print("x" < "y" < "z", "a" * 3 + "b" * 2, "-".join("abc").split("-"))
print("tab\tsep".expandtabs(10).index("sep"), "  lead".lstrip() == "lead", len("\u00e9\u0301"))
