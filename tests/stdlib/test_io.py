# SPDX-License-Identifier: MIT
# Compares xenlet's io.StringIO / io.BytesIO with CPython's.
import io as IO

import pytest
from xl_loader import load, same

X = load("io")

SCRIPTS = [
    lambda f: [f.write("hello\nworld\n"), f.getvalue(), f.tell(), f.read()],
    lambda f: [f.write("abc"), f.seek(0), f.read(1), f.read(), f.read()],
    lambda f: [f.write("a\nb\nc"), f.seek(0), f.readline(), f.readline(5),
               f.readline(), f.readline()],
    lambda f: [f.write("a\nbb\nccc\n"), f.seek(0), f.readlines()],
    lambda f: [f.write("a\nbb\nccc\n"), f.seek(0), f.readlines(2)],
    lambda f: [f.write("a\nbb\nccc"), f.seek(0), list(f)],
    lambda f: [f.write("abcdef"), f.seek(2), f.write("XY"), f.getvalue(),
               f.tell(), f.read()],
    lambda f: [f.write("abc"), f.seek(6), f.write("Z"), f.getvalue()],
    lambda f: [f.write("abcdef"), f.truncate(3), f.getvalue(), f.tell(),
               f.write("!"), f.getvalue()],
    lambda f: [f.write("abcdef"), f.seek(2), f.truncate(), f.getvalue()],
    lambda f: [f.seek(-1)], lambda f: [f.seek(0, 5)],
    lambda f: [f.write("abc"), f.seek(0, 2), f.tell(), f.seek(0, 1)],
    lambda f: [f.writelines(["a", "b\n"]), f.getvalue()],
    lambda f: [f.read(-1), f.read(0), f.read(None), f.readline()],
    lambda f: [f.close(), f.closed, f.getvalue()],
    lambda f: [f.close(), f.write("x")],
    lambda f: [f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed],
    lambda f: [f.write("x"), f.truncate(-1)],
]
STR_ONLY = [
    lambda f: [f.write(b"x")],
    lambda f: [f.write("abc"), f.seek(1, 1)],
    lambda f: [f.write("abc"), f.seek(-1, 2)],
]


def conv(script, binary):
    def run(f):
        out = []
        for v in script(f):
            out.append(v)
        return out

    def wrap(f):
        class B:
            def __getattr__(self, name):
                attr = getattr(f, name)
                if not callable(attr):
                    return attr

                def call(*a):
                    a = tuple(x.encode() if isinstance(x, str) else
                              [y.encode() for y in x] if isinstance(x, list)
                              else x for x in a)
                    return attr(*a)
                return call

            def __iter__(self):
                return iter(f)
        return B()
    return (lambda f: run(wrap(f))) if binary else run


@pytest.mark.parametrize("script", SCRIPTS + STR_ONLY)
def test_stringio(script):
    same(lambda m: conv(script, False)(m.StringIO()), X, IO)


@pytest.mark.parametrize("script", SCRIPTS)
def test_bytesio(script):
    same(lambda m: conv(script, True)(m.BytesIO()), X, IO)


CASES = [
    lambda m: m.StringIO("init\nx").read(),
    lambda m: (lambda f: (f.write("Z"), f.getvalue()))(m.StringIO("init")),
    lambda m: m.StringIO("a\r\nb\rc\n", newline=None).getvalue(),
    lambda m: m.StringIO("a\r\nb\rc\n", newline="").readlines(),
    lambda m: m.StringIO("a\r\nb\rc\n", newline="\r").readlines(),
    lambda m: m.StringIO(5),
    lambda m: m.BytesIO(b"ab\ncd").readlines(),
    lambda m: m.BytesIO(bytearray(b"xy")).read(),
    lambda m: m.BytesIO(memoryview(b"xy")).getvalue(),
    lambda m: (lambda f: (f.seek(-1, 2), f.read(), f.seek(-5, 1)))(
        m.BytesIO(b"abc")),
    lambda m: (lambda f: (f.write(b"abc"), bytes(f.getbuffer())))(m.BytesIO()),
    lambda m: (lambda f, b: (f.readinto(b), b))(m.BytesIO(b"hey"), bytearray(5)),
    lambda m: m.BytesIO().write("str"),
    lambda m: issubclass(m.StringIO, m.TextIOBase),
    lambda m: issubclass(m.BytesIO, m.BufferedIOBase),
    lambda m: issubclass(m.UnsupportedOperation, OSError),
    lambda m: (m.SEEK_SET, m.SEEK_CUR, m.SEEK_END),
]


@pytest.mark.parametrize("case", CASES)
def test_cases(case):
    same(case, X, IO)


def test_context_manager_and_iteration():
    for m in (X, IO):
        with m.StringIO("a\nb") as f:
            assert [line for line in f] == ["a\n", "b"]
        assert f.closed
        with pytest.raises(ValueError):
            f.read()
        s = m.StringIO()
        for i in range(1000):
            s.write(str(i))
        assert s.getvalue() == "".join(str(i) for i in range(1000))
