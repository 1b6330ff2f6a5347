# SPDX-License-Identifier: MIT
# Compares xenlet's shlex with CPython's: split (posix and not, with and
# without comments) on fixed and random quoted strings, quote and join.
import random
import shlex as SH

import pytest
from xl_loader import load, same

X = load("shlex")

CASES = ["", "a b c", "  lead  trail  ", "a\"b c\"d", "'single quoted' x", '"dq \\" esc" y',
         "back\\ slash", "a\\", "'unterminated", '"open', "a 'b\\'c", '"a\\b\\\\c\\$"',
         "x # comment\ny", "x#y z", "#only", "''", '""', "a '' b", "e\\\nf", "tab\tsep\nnl",
         "über ça", "foo=bar --opt='a b'", "a&&b||c;d", "'it'\\''s'", "\"it's\""]


@pytest.mark.parametrize("s", CASES)
def test_split(s):
    same(lambda m: m.split(s), X, SH)
    same(lambda m: m.split(s, comments=True), X, SH)
    same(lambda m: m.split(s, posix=False), X, SH)
    same(lambda m: m.split(s, comments=True, posix=False), X, SH)


@pytest.mark.parametrize("s", CASES)
def test_lexer_tokens(s):
    def tokens(m, posix):
        lex = m.shlex(s, posix=posix)
        return list(lex)
    same(lambda m: tokens(m, True), X, SH)
    same(lambda m: tokens(m, False), X, SH)


def test_random_split_and_roundtrip():
    rng = random.Random(4)
    parts = ["a", "b", " ", "'", '"', "\\", "#", "\n", "x y", "$", "é", "\t", "-"]
    for _ in range(1500):
        s = "".join(rng.choice(parts) for _ in range(rng.randint(0, 9)))
        same(lambda m: m.split(s), X, SH)
        posix = rng.random() < 0.5
        same(lambda m: m.split(s, comments=True, posix=posix), X, SH)
        same(lambda m: m.quote(s), X, SH)
        words = s.split()
        same(lambda m: m.split(m.join(words)), X, SH)


def test_quote_join():
    for s in ["", "abc", "a b", "it's", "@%+=:,./-_", "$HOME", "ä", "a\nb"]:
        same(lambda m: m.quote(s), X, SH)
    same(lambda m: m.join(["a", "b c", "", "d'e"]), X, SH)
