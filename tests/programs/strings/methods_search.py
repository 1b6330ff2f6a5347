# find/rfind/index/count/startswith/endswith/replace/partition.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o", 0, 20))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("fox", 0, 19))
print(s.replace("the", "THE"), s.replace("o", "0", 2), "aaa".replace("", "-"))
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(" ", 1), "a b c".rsplit(" ", 1))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny\n".splitlines(True))
print("k=v=w".split("=", 1), "".split(), "".split(","), "abc".split("abc"))
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"), "ab" in "xaby")
print("Mississippi".removeprefix("Miss"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
