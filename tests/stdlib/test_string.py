# SPDX-License-Identifier: MIT
# Compares xenlet's string with CPython's.
import string as S

import pytest
from xl_loader import load, same

X = load("string")


def test_constants():
    for name in ("whitespace", "ascii_lowercase", "ascii_uppercase",
                 "ascii_letters", "digits", "hexdigits", "octdigits",
                 "punctuation", "printable"):
        assert getattr(X, name) == getattr(S, name)


CASES = [
    lambda m: m.capwords(" hello   world  x"),
    lambda m: m.capwords("a-b-c", "-"), lambda m: m.capwords(""),
    lambda m: m.Template("$who likes $what").substitute(who="tim", what=1),
    lambda m: m.Template("${who}x $$ $who").substitute({"who": "a"}),
    lambda m: m.Template("$who $x").substitute({"who": "a"}, x=2, who="b"),
    lambda m: m.Template("$who $missing").substitute(who=1),
    lambda m: m.Template("$who $missing ${z}").safe_substitute(who=1),
    lambda m: m.Template("a\nbc $ d").substitute(),
    lambda m: m.Template("a\nbc ${ d").substitute(),
    lambda m: m.Template("$").substitute(),
    lambda m: m.Template("x $1").substitute(),
    lambda m: m.Template("x $1 ${a $b").safe_substitute(b=2),
    lambda m: m.Template("$a_1b+$A").substitute(a_1b=1, A=2),
    lambda m: m.Template("$é").safe_substitute(),
    lambda m: m.Template("${}").safe_substitute(),
    lambda m: m.Template("$a $b ${a} $$c $").get_identifiers(),
    lambda m: m.Template("$a $b").is_valid(),
    lambda m: m.Template("$a $").is_valid(),
    lambda m: m.Template("$a").template,
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case):
    same(case, X, S)


def test_custom_delimiter():
    def run(m):
        class T(m.Template):
            delimiter = "%"
        return T("%who %% $x").substitute(who=1)
    same(run, X, S)


@pytest.mark.parametrize(
    "fmt", ["a{b}c{d!r:>3}", "{}{{x}}{0.y[1]}", "{:{w}.{p}f}", "plain", "{x!s}", "}}{{", "a{{b", "{a[x]}", ""]
)
def test_formatter_parse(fmt):
    assert list(X.Formatter().parse(fmt)) == list(S.Formatter().parse(fmt))


def test_formatter_format():
    args, kw = (1, [5, 6]), {"x": 2, "y": "z", "w": 4, "p": 3.14159}
    for fmt in ["{0}-{x}:{y:>{w}}", "{1[1]}", "{p:.{w}f}", "{!r}{!s}"]:
        same(lambda m: m.Formatter().format(fmt, *args, **kw), X, S)
