# SPDX-License-Identifier: MIT
# Compares xenlet's re with CPython's on a table of patterns and subjects,
# on malformed patterns (same exception and message) and on seeded random
# small patterns over a small alphabet.
import random
import re as R

import pytest
from xl_loader import load, outcome, same

X = load("re")


def summary(m, pattern, flags, string):
    """Everything observable about one (pattern, flags, string)."""
    p = m.compile(pattern, flags)
    out = [p.groups, sorted(p.groupindex.items()), p.flags]
    out.append(p.findall(string))
    out.append([(x.span(), x.groups(), x.lastindex, x.lastgroup,
                 [x.span(g) for g in range(p.groups + 1)])
                for x in p.finditer(string)])
    out.append(outcome(lambda: p.sub("<\\g<0>>", string)))
    if p.groups:
        out.append(outcome(lambda: p.subn("[\\1]", string, 2)))
    out.append(p.split(string))
    out.append(p.split(string, 1))
    for f in (p.match, p.fullmatch, p.search):
        x = f(string)
        out.append(None if x is None else (repr(x), x.groups("-"),
                                           x.groupdict()))
    x = p.search(string, 1, max(1, len(string) - 1))
    out.append(None if x is None else (x.span(), x.groups()))
    return out


S_PATTERNS = [
    r"abc", r"a.c", r"a.*c", r"a.*?c", r"a+", r"a*", r"a?", r"a{2}",
    r"a{2,}", r"a{,2}", r"a{1,3}?", r"a{2,3}", r"[abc]+", r"[^abc]+",
    r"[a-z]+", r"[a-cx-z]", r"[\d\s]+", r"[^\W\d]+", r"\d+", r"\D+", r"\w+",
    r"\W+", r"\s+", r"\S+", r"^a", r"a$", r"^$", r"\Aa", r"a\Z", r"\bab",
    r"ab\b", r"\Bb", r"b\B", r"(a)(b)", r"(a)|(b)", r"(a|b)*", r"(a|b)+?c",
    r"(?:ab)+", r"(ab)*c", r"(?P<x>a)(?P<y>b)?", r"(?P<x>[ab])(?P=x)",
    r"(a)\1", r"(a*)\1", r"(a|b)*?b", r"a(?=b)", r"a(?!b)", r"(?<=a)b",
    r"(?<!a)b", r"(?<=ab)c", r"(a)?b(?(1)c|d)", r"(?>a+)b", r"a++",
    r"a*+b", r"(?:a|ab)c", r"x*", r"", r"|a", r"a|", r"(a*)*", r"(a*)+",
    r"(a|)*", r"(?:a?)*?b", r"[-a]", r"[a-]", r"[]a]", r"[^]a]", r"\.",
    r"\\", r"\x61", r"\141", r"\u0061", r"\t", r"[\x61-\x63]", r"(?i)ABC",
    r"(?i)[A-C]+", r"(?i:a)b", r"(?s).+", r".+", r"(?m)^\w", r"(?m)\w$",
    r"(?x) a b  # comment", r"(?x)[ ]a", r"(((a)b)c)", r"((a)|b)+",
    r"(a)(?:b)(c)?", r"a.c|b.d", r"\w+@\w+\.com", r"(\w+)=(\d*)",
    r"[aeiou]{2}", r"(?:(a)|(b)|(c))+", r"(a(b(c)?)?)?", r"\d{2,4}-\d+",
    r"[^\n]*", r"(?s)a.b", r"\s*,\s*", r"(?<=\s)\w", r"(?i)é", r"[à-ÿ]+",
    r"\bé\w*", r"(?a)\w+", r"(?ai)[a-z]+", r"a|b|c|d", r"ab|ac|ad|b",
    r"(ab|a)(bc|c)", r"(?:a|b)*?(b)", r"^(\w+)\s*(\w*)$", r"$", r"^",
    r"\b", r"\B", r"(?=a)", r"(?!a)", r".", r"(?m)$", r"(?m)^",
]

STRINGS = [
    "", "a", "ab", "abc", "aab", "aaa", "abcabc", "a\nb\nc\n", "xaxbx",
    "ab ac ad", "Abc ABC abc", "12 ab-34 5678-9", " , a ,b", "été çà",
    "joe@ex.com x=12 y=", "bab aab", "abcd\n",
]

CASES = [(p, 0, s) for p in S_PATTERNS for s in STRINGS]
CASES += [(p, fl, s) for p in [r"ab", r"[a-c]+", r"^b", r"c$", r"a.b",
                               r"\w+", r"é", r"(?-i:a)b", r"[^b]"]
          for fl in (R.I, R.M, R.S, R.A, R.I | R.M | R.S, R.X)
          for s in ["AB ab\naB", "a\nb\nc", "ÉtÉ é", "Abc\n"]]


@pytest.mark.parametrize("pattern,flags,string", CASES)
def test_str_cases(pattern, flags, string):
    same(lambda m: summary(m, pattern, flags, string), X, R)


B_CASES = [(p, s) for p in [rb"a+", rb"\w+", rb"[\x80-\xff]+", rb"(?i)ab",
                            rb"\s", rb"(a)(b)?", rb"\bx", rb".", rb"[^a]"]
           for s in [b"", b"aab", b"x\xe9y", b"AB ab\tx", b"xa\n"]]


@pytest.mark.parametrize("pattern,string", B_CASES)
def test_bytes_cases(pattern, string):
    same(lambda m: summary(m, pattern, 0, string), X, R)
    same(lambda m: summary(m, pattern, 0, bytearray(string)), X, R)


ERRORS = [
    "(", "a)", "*", "a**", "a*??", "[a", "[z-a]", r"[a-\d]", r"\q", "(?<x)",
    "(?Z)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", r"(a)\2", r"(a\1)",
    "(?<=a+)b", "(?i", "a(?i)b", r"\x4", r"\777", "(?P<>a)", "(?P",
    "(?P<a", "(?(1)a|b|c)", "(?(2)a)", "(?#abc", "^*", r"\b*", "(?-i)x",
    "(?i-i:x)", r"[\A]", r"[\8]", r"\8", "\\", "[]", "[^]", "a|*", "(*)",
    "(?", "(?<", "(?P=", r"\g", "(?P>a)", "(?L)a", "(?z:a)", "(?i-:a)",
    "(?-:a)", "(?i-m", "a\n(b", "(?<=a|bc)", "(?<!a{1,2})", "(?(a)x)",
    "(?(-1)x)", "(?(1a)x)", "a{2,1}", "(?a)(?u)x", r"\u12", "a{3}{2}",
    "a?*", "(?i)(?m)a", "x{3", "a{}", "a{,}", "((a)", "(a))",
]


@pytest.mark.parametrize("pattern", ERRORS)
def test_errors(pattern):
    def run(m):
        try:
            p = m.compile(pattern)
        except m.error as e:
            return ("error", str(e), e.msg, e.pos, e.lineno, e.colno)
        return ("ok", p.groups, p.flags)
    same(run, X, R)


API = [
    lambda m: m.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"),
    lambda m: m.sub(r"(?P<a>\d)", r"<\g<a>\g<1>\g<0>>", "a1b2"),
    lambda m: m.sub(r"a", r"\n\t\\\-", "xax"),
    lambda m: m.sub(r"(a)", r"\0\101\1", "a"),
    lambda m: m.sub(r"(b)|a", r"[\1]", "ab"),
    lambda m: m.sub(r"a", r"\q", "a"),
    lambda m: m.sub(r"(a)", r"\2", "a"),
    lambda m: m.sub(r"(a)", r"\g<x>", "a"),
    lambda m: m.sub(r"(a)", r"\g<1", "a"),
    lambda m: m.sub(r"(a)", r"\g<-1>", "a"),
    lambda m: m.sub(r"a", r"\x41", "a"),
    lambda m: m.sub("a", lambda x: x.group().upper(), "banana", 2),
    lambda m: m.subn("a", "o", "banana", count=1),
    lambda m: m.sub("x*", "-", "abxd"),
    lambda m: m.sub(b"a+", b"<\\g<0>>", b"baaac"),
    lambda m: m.sub(b"a", lambda x: b"Z", bytearray(b"bac")),
    lambda m: m.sub("a", b"x", "a"), lambda m: m.sub("a", b"x", "bab"),
    lambda m: m.sub("a", b"x", "bbb"), lambda m: m.sub(b"a", "x", b"bab"),
    lambda m: m.sub("a", 3, "bab"), lambda m: m.sub("a", lambda x: b"", "ba"),
    lambda m: m.sub("a", lambda x: "", "bab"),
    lambda m: m.sub(b"a", lambda x: bytearray(b"q"), b"bab"),
    lambda m: m.sub("a", lambda x: 1, "a"),
    lambda m: m.split(r"[,;]\s*", "a, b;c,  d", 2),
    lambda m: m.split(r"(,)|(;)", "a,b;c"),
    lambda m: m.split(r"x*", "axbc"),
    lambda m: m.split(r"\b", "one two"),
    lambda m: m.split(r"^$", "a\n\nb", flags=m.M),
    lambda m: m.findall(r"(a)(b)?", "aab ab"),
    lambda m: m.findall(r"", "abc"),
    lambda m: m.match("a", 1),
    lambda m: m.match("a", b"a"),
    lambda m: m.match(b"a", "a"),
    lambda m: m.compile(1),
    lambda m: m.compile(m.compile("a"), m.I),
    lambda m: m.compile("a", m.L),
    lambda m: m.compile(b"a", m.U),
    lambda m: m.compile("a", m.A | m.U),
    lambda m: m.match("(a)", "a").group(2),
    lambda m: m.match("(a)", "a").group("x"),
    lambda m: m.match("(a)(b)", "ab").group(0, 2, 1),
    lambda m: m.match("(?P<n>a)(b)?", "a").groups("x"),
    lambda m: m.match("(?P<n>a)(?P<o>b)?", "a").groupdict(0),
    lambda m: m.match("(?P<n>a)(b)?", "a").span(2),
    lambda m: m.match("(?P<n>a)(b)?", "a")["n"],
    lambda m: m.match(r"(?P<n>a)(b)?", "a").expand(r"<\g<n>|\2>"),
    lambda m: m.match(r"((a)b)", "ab").lastindex,
    lambda m: m.match(r"(?P<o>(?P<i>a)b)", "ab").lastgroup,
    lambda m: m.match(r"a", "a").lastgroup,
    lambda m: repr(m.match("a" * 80, "a" * 80)),
    lambda m: repr(m.compile("a" * 300)),
    lambda m: repr(m.compile("a", m.I | m.S)),
    lambda m: repr(m.compile(b"a", m.I)),
    lambda m: repr(m.compile("(?i)a")),
    lambda m: m.compile("(?ia)a").flags,
    lambda m: m.compile(b"(?i)a").flags,
    lambda m: m.compile("(?P<n>a)").groupindex,
    lambda m: repr(m.I | m.M), lambda m: str(m.A | m.I | m.X),
    lambda m: repr(m.NOFLAG), lambda m: m.I.name, lambda m: m.I | 0,
    lambda m: m.I.value,
    lambda m: m.escape("a.b-c d_é\t#&~[]"),
    lambda m: m.escape(b"a.b*"),
    lambda m: m.compile("b").match("abc", 2, 1),
    lambda m: m.compile("").search("abc", 5),
    lambda m: m.compile("").findall("abc", 2, 1),
    lambda m: list(m.compile("").finditer("abc", 2, 1)),
    lambda m: m.compile("b").search("abcb", -5, 2),
    lambda m: m.compile("$").search("ab\n", 0, 2),
    lambda m: m.compile("^b").search("ab", 1),
    lambda m: m.compile(r"(?<=a)b").match("ab", 1),
    lambda m: m.compile(r"\w+").findall("ab cd ef", 1, 7),
    lambda m: m.compile("a") == m.compile("a"),
    lambda m: m.match("a", "a").pos,
    lambda m: m.compile("a").search("xa", 1).endpos,
    lambda m: m.search(r"\B", ""), lambda m: m.search(r"\b", ""),
    lambda m: m.fullmatch(r"a|ab", "ab"),
    lambda m: m.fullmatch(r"a*?", "aaa"),
    lambda m: m.match("a*", "a" * 100000).end(),
    lambda m: m.match(".*", "a" * 100000).end(),
    lambda m: m.match("[ab]*c", "ab" * 50000 + "c").end(),
    lambda m: m.match(r"(?s).*x", "abc" * 20000 + "x").end(),
    lambda m: m.match(r"(?i)straße", "STRASSE"),
    lambda m: m.findall(r"(?i)[k]", "kK\u212a"),
    lambda m: m.findall(r"\d", "1٣²"),
    lambda m: m.findall(r"\w", "a_é1٣²-"),
    lambda m: m.findall(r"(?a)\s", " \t\x1c\xa0"),
    lambda m: m.findall(r"\s", " \t\x1c\xa0"),
    lambda m: m.fullmatch(r"(?:(\d+),)*(\d+)",
                          ",".join(map(str, range(3000)))).groups(),
    lambda m: len(m.findall(r"(?:\w+ )+", "word " * 2000)),
    lambda m: m.match(r"(?:[a-z]+=(\d+);)*?x", "ab=1;" * 2000 + "x").span(1),
    lambda m: m.match(r'"(?:[^"\\]|\\.)*"', '"' + 'ab\\"' * 3000 + '"').end(),
    lambda m: m.match(r"(?:ab|cd)*", "abcd" * 3000).end(),
    lambda m: m.purge(),
    lambda m: [x.span() for x in m.finditer(r"\w*", "ab cd")],
]


@pytest.mark.parametrize("case", API)
def test_api(case):
    same(case, X, R)


# -- random patterns ------------------------------------------------------------

ATOMS = ["a", "b", ".", "[ab]", "[^a]", r"\w", r"\b", "^", "$", "(?=a)",
         "(?!b)", "(?<=a)", r"\1"]


def gen(rng, depth=0):
    r = rng.random()
    if depth > 2 or r < 0.35:
        return rng.choice(ATOMS)
    if r < 0.55:
        return gen(rng, depth + 1) + gen(rng, depth + 1)
    if r < 0.7:
        return gen(rng, depth + 1) + "|" + gen(rng, depth + 1)
    if r < 0.85:
        return "(" + gen(rng, depth + 1) + ")"
    atom = rng.choice(["a", "b", "(ab)", "(a|b)", "(?:a|)", "(?:" +
                       gen(rng, depth + 1) + ")"])
    return atom + rng.choice(["*", "+", "?", "*?", "+?", "??", "{1,2}",
                              "{2}", "{,2}?"])


def test_random_patterns():
    rng = random.Random(1234)
    subjects = ["", "a", "b", "ab", "ba", "aab", "abab", "bba", "abba",
                "aaba b", "ba\nab"]
    checked = 0
    for _ in range(1000):
        pat = gen(rng)
        try:
            R.compile(pat)
        except R.error:
            with pytest.raises(X.error):
                X.compile(pat)
            continue
        for s in rng.sample(subjects, 3):
            same(lambda m: summary(m, pat, 0, s), X, R)
            checked += 1
    assert checked > 700
