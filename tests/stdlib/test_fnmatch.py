# SPDX-License-Identifier: MIT
# Compares xenlet's fnmatch (which matches without `re`) with CPython's
# on fixed and random patterns, sets and ranges included.
import fnmatch as FN
import random

import pytest
from xl_loader import load, same

X = load("fnmatch")

PATTERNS = ["*", "*.py", "?", "??x", "a*b*c", "[abc]", "[!abc]", "[a-c]x", "[]]", "[!]]", "[]-]",
            "[", "[!", "[]", "[!]", "a[", "[a-]", "[-a]", "[z-a]", "[!z-a]", "[a-c-e]",
            "[a-cx-a]", "[a-cz-be-f]", "[\\]", "[^a]", "[[]", "[a\\-z]", "*[0-9]", "**a",
            "\\*", "[*?]", "a*", "*a", "[--0]", "[!--0]"]
NAMES = ["", "a", "b", "x", "abc", "foo.py", "a.pyc", "abx", "]", "-", "^", "[", "\\", "aXbYc",
         "a\nb", "*", "?", "e", "9", "z", "dd", "ax", "zx", "/", ".hidden"]


@pytest.mark.parametrize("pat", PATTERNS)
def test_fixed(pat):
    for name in NAMES:
        same(lambda m: m.fnmatchcase(name, pat), X, FN)
        same(lambda m: m.fnmatch(name, pat), X, FN)
    same(lambda m: m.filter(NAMES, pat), X, FN)


def test_random_patterns():
    rng = random.Random(9)
    pat_parts = ["*", "?", "a", "b", "-", "[", "]", "!", "^", "c", "z", "\\"]
    name_chars = "abcz-]![^\\x"
    for _ in range(3000):
        pat = "".join(rng.choice(pat_parts) for _ in range(rng.randint(0, 7)))
        name = "".join(rng.choice(name_chars) for _ in range(rng.randint(0, 6)))
        same(lambda m: m.fnmatchcase(name, pat), X, FN)
