# SPDX-License-Identifier: MIT
# Compares xenlet's os.path string functions with CPython's posixpath (the
# file calls need the VM's _posix natives: tests/programs/stdlib/os_tempfile.py).
import posixpath as P

import pytest
from xl_loader import load

X = load("os.path")

PATHS = ["", "/", "a", "a/", "/a/b", "a/b/c.txt", "a/.b", ".bashrc", "a/b.tar.gz", "//x//y/", "../a/./b/..",
         "/a/../../b", "a//b", "./", "..", "x.", "/.."]


@pytest.mark.parametrize("p", PATHS)
def test_string_functions(p):
    for f in ("split", "basename", "dirname", "splitext", "isabs", "normpath"):
        assert getattr(X, f)(p) == getattr(P, f)(p), (f, p)


def test_join():
    for parts in [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "x", "y/", "z")]:
        assert X.join(*parts) == P.join(*parts)


def test_relpath_commonpath_commonprefix():
    for a, b in [("/a/b/c", "/a/d"), ("/a", "/a"), ("/x/y", "/"), ("/", "/p/q"), ("/a/b", "/a/b/c/d")]:
        assert X.relpath(a, b) == P.relpath(a, b), (a, b)
    for ps in [["/usr/lib", "/usr/local/lib"], ["/a/b", "/a/b/c"], ["a/b", "a/c"], ["/", "/x"]]:
        assert X.commonpath(ps) == P.commonpath(ps), ps
    for ps in [["/usr/lib", "/usr/local"], ["abc", "abd", "ab"], [], ["same", "same"]]:
        assert X.commonprefix(ps) == P.commonprefix(ps), ps
