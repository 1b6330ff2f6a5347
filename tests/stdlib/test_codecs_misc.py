# SPDX-License-Identifier: MIT
# Compares xenlet's binascii, base64 and errno with CPython's.
import base64 as B
import binascii as A
import errno as E
import random

import pytest
from xl_loader import load, same

XA = load("binascii")
XB = load("base64")
XE = load("errno")


def norm(m):
    # Makes binascii.Error compare by name across the two modules.
    return m


def samples():
    rng = random.Random(3)
    out = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar",
           bytes(range(256)), b"\xff\xfe\x00"]
    for n in range(40):
        out.append(bytes(rng.randrange(256) for _ in range(n)))
    return out


@pytest.mark.parametrize("data", samples())
def test_roundtrips(data):
    for name in ("hexlify", "b2a_hex", "b2a_base64"):
        same(lambda m: getattr(m, name)(data), XA, A)
    same(lambda m: m.b2a_base64(data, newline=False), XA, A)
    same(lambda m: m.crc32(data), XA, A)
    same(lambda m: m.crc32(data, 12345), XA, A)
    same(lambda m: m.hexlify(data, "-"), XA, A)
    same(lambda m: m.hexlify(data, b":", -3), XA, A)
    same(lambda m: m.hexlify(data, ":", 2), XA, A)
    for name in ("b64encode", "urlsafe_b64encode", "standard_b64encode",
                 "b32encode", "b32hexencode", "b16encode", "encodebytes"):
        enc = getattr(B, name)(data)
        same(lambda m: getattr(m, name)(data), XB, B)
        dec = name.replace("encode", "decode")
        same(lambda m: getattr(m, dec)(enc), XB, B)
    same(lambda m: m.b64encode(data, altchars=b"*-"), XB, B)
    same(lambda m: m.b64decode(B.b64encode(data, b"*-"), altchars=b"*-"), XB, B)


def err_outcome(f):
    try:
        return ("ok", f())
    except Exception as e:  # noqa: BLE001
        return ("err", type(e).__name__, str(e))


BAD64 = ["", "=", "a", "ab", "abc", "abcd", "ab=", "ab==", "ab===", "abc=",
         "abc==", "a===", "ab=c", "ab==cd", "abcd=", "abcd==", "!abc",
         "ab\ncd", "ab cd==", "a b", "YWJj\nZA==", "YW=Jj", "=abc", "ab=c=",
         "abcde", "abcdef", "abcdefg", "YQ=a", "YQ=a=", "Y==Q", "\x80",
         "é", "ab*c", "YWJjZA", "YWJjZA="]


@pytest.mark.parametrize("s", BAD64)
def test_base64_decode_errors(s):
    for conv in (str, lambda x: x.encode("latin-1")):
        try:
            arg = conv(s)
        except Exception:
            continue
        assert err_outcome(lambda: XA.a2b_base64(arg)) == err_outcome(
            lambda: A.a2b_base64(arg))
        for v in (False, True):
            assert err_outcome(lambda: XB.b64decode(arg, validate=v)) == \
                err_outcome(lambda: B.b64decode(arg, validate=v))
        for fn in ("b32decode", "b16decode", "urlsafe_b64decode"):
            assert err_outcome(lambda: getattr(XB, fn)(arg)) == err_outcome(
                lambda: getattr(B, fn)(arg))
        assert err_outcome(lambda: XA.unhexlify(arg)) == err_outcome(
            lambda: A.unhexlify(arg))


def test_random_base64_garbage():
    rng = random.Random(11)
    alphabet = "ABCabc019+/=-_ \n*"
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert err_outcome(lambda: XA.a2b_base64(s)) == err_outcome(
            lambda: A.a2b_base64(s)), s
        assert err_outcome(lambda: XB.b64decode(s, validate=True)) == \
            err_outcome(lambda: B.b64decode(s, validate=True)), s


@pytest.mark.parametrize("s", ["MZXW6===", "MZXW6YQ=", "mzxw6yq=", "MZXW6Y==",
                               "MZXW6YTBOI======", "M1XW6===", "MZXW6YT=",
                               "MZ======", "M=======", "MZXW====", "ABCDEFG",
                               "AAAAAAAA"])
def test_b32_cases(s):
    for kw in ({}, {"casefold": True}, {"map01": "L"}):
        assert err_outcome(lambda: XB.b32decode(s, **kw)) == err_outcome(
            lambda: B.b32decode(s, **kw))


MISC = [
    lambda m: m.b16decode("0aFF"), lambda m: m.b16decode("0aff", casefold=True),
    lambda m: m.b64encode("str"), lambda m: m.b64decode(5),
    lambda m: m.b64decode("é"), lambda m: m.urlsafe_b64decode("-_-_"),
    lambda m: m.b64decode(bytearray(b"YWJj")),
    lambda m: m.b64decode(memoryview(b"YWJj")),
]


@pytest.mark.parametrize("case", MISC)
def test_misc(case):
    assert err_outcome(lambda: case(XB)) == err_outcome(lambda: case(B))


def test_binascii_misc():
    assert issubclass(XA.Error, ValueError)
    for f in [lambda m: m.unhexlify("abc"), lambda m: m.unhexlify("zz"),
              lambda m: m.a2b_hex(b"0A0b"), lambda m: m.hexlify("s"),
              lambda m: m.crc32(b"hello", 0xFFFFFFFF),
              lambda m: m.crc32(b"world", m.crc32(b"hello ")),
              lambda m: m.b2a_base64("x"), lambda m: m.a2b_base64("YWJj\u00e9")]:
        assert err_outcome(lambda: f(XA)) == err_outcome(lambda: f(A))


def test_errno():
    names = [n for n in dir(E) if n.startswith("E")]
    for n in names:
        assert getattr(XE, n) == getattr(E, n), n
    assert XE.errorcode == E.errorcode
