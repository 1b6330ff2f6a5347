# SPDX-License-Identifier: MIT
# Compares xenlet's json with CPython's: exact output text for dumps, values
# and exact JSONDecodeError message/position for loads, including every
# truncation and many one-character mutations of sample documents.
import io
import json as J
import math
import random

import pytest
from xl_loader import load, same

X = load("json")


class Obj:
    pass


VALUES = [
    None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e300, 1e-300, 0.1, 1e16,
    123456789.123, 2.5e-7, float("inf"), float("-inf"), "", "plain",
    "quote\" back\\ slash/", "\n\r\t\b\f\x00\x1f\x7f", "é中\U0001f600\ud800",
    "\u2028\xa0", [], {}, (), [1, [2, [3, []]]], (1, "a"),
    {"a": 1, "b": [1, 2, {"c": None}], "": {}},
    {2: "int", 1.5: "float", True: "t", False: "f", None: "n", "s": 1},
    {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, [{"k": []}, {}],
]
KWARGS = [
    {}, {"indent": 2}, {"indent": 0}, {"indent": "\t"}, {"indent": -1},
    {"sort_keys": True}, {"separators": (",", ":")}, {"ensure_ascii": False},
    {"indent": 3, "separators": (" ,", " : "), "sort_keys": True},
    {"allow_nan": False}, {"ensure_ascii": False, "indent": 1},
]


@pytest.mark.parametrize("kw", KWARGS)
def test_dumps(kw):
    for v in VALUES:
        same(lambda m: m.dumps(v, **kw), X, J)


DUMP_ERRORS = [
    lambda m: m.dumps({(1,): 2}),
    lambda m: m.dumps({(1,): 2, "a": 1}, skipkeys=True),
    lambda m: m.dumps(Obj()),
    lambda m: m.dumps([1, {2}]),
    lambda m: m.dumps(Obj(), default=lambda o: {"obj": 1}),
    lambda m: m.dumps({"s": {3, 1, 2}}, default=sorted),
    lambda m: m.dumps({1: 1, "a": 2}, sort_keys=True),
    lambda m: m.dumps(float("nan")),
    lambda m: m.dumps({float("nan"): 1}, allow_nan=False),
    lambda m: m.dumps(b"x"),
    lambda m: (lambda a: (a.append(a), m.dumps(a)))([]),
    lambda m: (lambda d: (d.__setitem__("d", d), m.dumps(d)))({}),
    lambda m: m.dumps(Obj(), default=lambda o: o),
]


@pytest.mark.parametrize("case", DUMP_ERRORS)
def test_dumps_errors(case):
    same(case, X, J)


def test_dump_and_load_files():
    buf = io.StringIO()
    X.dump({"a": [1, 2.5]}, buf, indent=1)
    assert buf.getvalue() == J.dumps({"a": [1, 2.5]}, indent=1)
    assert X.load(io.StringIO(buf.getvalue())) == {"a": [1, 2.5]}


def test_encoder_subclass():
    def run(m):
        class E(m.JSONEncoder):
            def default(self, o):
                if isinstance(o, set):
                    return sorted(o)
                return m.JSONEncoder.default(self, o)
        return m.dumps({"s": {2, 1}}, cls=E), E(indent=1).encode([1])
    same(run, X, J)


def test_float_roundtrip_repr():
    rng = random.Random(1)
    for _ in range(2000):
        f = rng.uniform(-1, 1) * 10 ** rng.randrange(-300, 300)
        assert X.dumps(f) == J.dumps(f)
        assert X.loads(X.dumps(f)) == f


DOCS = [
    '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\n\\u00e9"}}',
    '[{"k": "v"}, [], {}, "\\ud83d\\ude00", -0, 0.5E-3, "x\\"y\\\\z\\/"]',
    ' \n[1 ,\t{"x" :\r[ ]} ]\n',
    '"\\ud800\\u0041\\ud800\\udbff\\ud800"',
    '[NaN, Infinity, -Infinity, 1e5, 12345678901234567890]',
]
BAD = ['', ' ', '[', '[1,]', '[1 2]', '{', '{"a" 1}', '{"a":1,}',
       '{"a":1 "b":2}', '{1:2}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"',
       '"a\nb"', 'tru', 'nul', '01', '1.', '-', '-a', '1e', '[1] x',
       '{"a":}', '"\\', '["a\\', '\ufeff1', '[1,2', '{"a":1', '{"a"',
       '1.5e+', 'infinity', '[-]', '"\\u1234', '"\\ud800\\uzzzz"',
       '"\\ud800\\u12"', '[1]]', '{"a":1}}', '"\\ud800\\', 'nulls', '-01',
       '1.e5', '.5', '+1', '[,1]', '{,}', '{"a":1,,}', "['a']", '"\t"',
       '[1,\n2,\n3,\nx]', 'true false', '-Infinityx', '[NaN1]']


def all_inputs():
    out = list(BAD)
    rng = random.Random(7)
    chars = '{}[]",:\\ 0123-.eEtrufalsnNI\nu'
    for doc in DOCS:
        out.append(doc)
        for i in range(len(doc)):
            out.append(doc[:i])
        for _ in range(150):
            i = rng.randrange(len(doc))
            out.append(doc[:i] + rng.choice(chars) + doc[i + 1:])
            out.append(doc[:i] + doc[i + 1:])
    return out


def load_outcome(m, s, **kw):
    try:
        v = m.loads(s, **kw)
    except ValueError as e:
        return ("err", type(e).__name__, str(e), getattr(e, "pos", None),
                getattr(e, "lineno", None), getattr(e, "colno", None))
    return ("ok", repr(v))


def test_loads_matches_cpython():
    for s in all_inputs():
        got, want = load_outcome(X, s), load_outcome(J, s)
        assert got == want, s


LOAD_CASES = [
    lambda m: m.loads(b'{"a": "\xc3\xa9"}'),
    lambda m: m.loads(bytearray(b"[1]")),
    lambda m: m.loads('{"a": 1}'.encode("utf-16")),
    lambda m: m.loads('[1]'.encode("utf-16-le")),
    lambda m: m.loads('[1, 2]'.encode("utf-32-be")),
    lambda m: m.loads(b"\xef\xbb\xbf[2]"),
    lambda m: m.loads(5),
    lambda m: m.loads('{"a": 1, "a": 2}'),
    lambda m: m.loads('{"a": 1, "b": 2}', object_pairs_hook=list),
    lambda m: m.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)),
    lambda m: m.loads('[1.5, 2]', parse_float=str, parse_int=float),
    lambda m: m.loads('[NaN, -Infinity]', parse_constant=repr),
    lambda m: m.loads('"a\tb"', strict=False),
    lambda m: m.JSONDecoder().raw_decode('[1] tail'),
    lambda m: m.JSONDecoder().raw_decode('x [1]', 2),
    lambda m: math.isnan(m.loads("NaN")),
    lambda m: m.loads('"\\ud83d\\ude00\\u00e9\\/"'),
]


@pytest.mark.parametrize("case", LOAD_CASES)
def test_load_cases(case):
    same(case, X, J)


def test_decode_error_attributes():
    try:
        X.loads('[1,\n  x]')
    except X.JSONDecodeError as e:
        assert isinstance(e, ValueError)
        assert (e.msg, e.pos, e.lineno, e.colno) == ("Expecting value", 6, 2, 3)
        assert e.doc == '[1,\n  x]'
    else:
        raise AssertionError("no error")
