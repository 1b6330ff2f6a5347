# re flags (inline, scoped, module constants) and re.error messages.
import re

print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"(?i)h[a-e]llo", "HELLO hallo"), re.findall(r"(?i:A)b", "ab Ab AB"))
print(re.findall(r"^\w+$", "one\ntwo\nthree", re.M), re.findall(r"^\w+$", "one\ntwo"))
print(re.findall(r"a.c", "a\nc abc"), re.findall(r"a.c", "a\nc abc", re.S))
print(re.findall(r"(?s)a.c", "a\nc"), re.findall(r"(?m)c$", "c\nc"))
verbose = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
    [ ]?              # optional space
""", re.X)
print(verbose.match("2024-05 x").groupdict(), verbose.groups)
print(re.findall(r"\w+", "été naïve x_1"), re.findall(r"\w+", "été naïve", re.A))
print(re.findall(r"(?a)\d+|\s", "12 ٣4"), re.findall(r"\d", "1٣"))
print(re.findall(r"[A-Z]+", "abcXYZ", re.I), re.findall(r"(?i)é", "É é"))
print(re.I, re.M | re.S, repr(re.I | re.X | re.A), re.NOFLAG, int(re.I | re.M))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile(b"a").flags)
print(re.compile("(?i)a").flags, re.compile("(?a)a").flags, re.I.name, re.DOTALL.value)
print(re.compile("x", re.M), re.compile(b"x", re.I), re.compile("x"))
print(re.escape("1.5*[x] (a|b) ~#&"), re.escape(b"a.b"))

bad = ["(", "a)", "*", "a**", "a*??", "[a", "[z-a]", r"[a-\d]", r"\q", "(?<x)",
       "(?Z)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", r"(a)\2", r"(a\1)",
       "(?<=a+)b", "(?i", "a(?i)b", r"\x4", r"\777", "(?P<>a)", "(?P<a",
       "(?(1)a|b|c)", "(?#abc", "^*", "(?-i)x", "(?i-i:x)", "\\", "[]",
       "a|*", "(?", "a{2,1}", "ab\n(cd", "(?L)a"]
for pat in bad:
    try:
        re.compile(pat)
        print("compiled", repr(pat))
    except re.error as e:
        print(repr(pat), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)

for call in [lambda: re.match("a", 1), lambda: re.match("a", b"a"),
             lambda: re.match(b"a", "a"), lambda: re.compile("a", re.L),
             lambda: re.compile(re.compile("a"), re.I),
             lambda: re.compile(b"a", re.U), lambda: re.compile("(?a)(?u)a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(isinstance(re.error("x"), Exception), re.error("boom").msg, re.error("m").pos)
re.compile(r"(?P<name>\w+")
