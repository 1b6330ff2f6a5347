# SPDX-License-Identifier: MIT
# Compares xenlet's csv with CPython's: random awkward rows through writer
# and reader under many dialects, raw text through reader, and the error
# messages, registry, DictReader/DictWriter and Sniffer.
import csv as C
import io
import random

import pytest
from xl_loader import load, same

X = load("csv")

PIECES = ["", "a", "b c", " ", ",", ";", "\t", "|", '"', "'", "\n", "\r",
          "\r\n", "\\", "1", "2.5", "-3", "x\x00y", "é"]


def rand_text(rng, n):
    return "".join(rng.choice(PIECES) for _ in range(rng.randrange(n)))


def rand_dialect(rng):
    kw = {}
    for name, choices in (("delimiter", [",", ";", "\t", "|", " "]),
                          ("quotechar", ['"', "'", None]),
                          ("escapechar", [None, "\\", "|"]),
                          ("doublequote", [True, False]),
                          ("quoting", [0, 1, 2, 3]),
                          ("lineterminator", ["\r\n", "\n", "\r", "!"]),
                          ("skipinitialspace", [True, False]),
                          ("strict", [True, False])):
        if rng.random() < 0.7:
            kw[name] = rng.choice(choices)
    return kw


def write_rows(m, rows, kw):
    s = io.StringIO()
    w = m.writer(s, **kw)
    out = []
    for row in rows:
        try:
            w.writerow(row)
        except (m.Error, TypeError, ValueError) as e:
            out.append((type(e).__name__, str(e)))
    return s.getvalue(), out


def read_text(m, text, kw, split):
    src = text.splitlines(True) if split else io.StringIO(text, newline="")
    r = m.reader(src, **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
    except Exception as e:  # noqa: BLE001 - compared by type and text
        rows.append((type(e).__name__, str(e)))
    return rows, r.line_num


def test_roundtrip_random():
    rng = random.Random(1234)
    for _ in range(700):
        kw = rand_dialect(rng)
        rows = [[rand_text(rng, 4) for _ in range(rng.randrange(5))]
                for _ in range(rng.randrange(1, 5))]
        if rng.random() < 0.3:
            rows.append([1, 2.5, None, True, 10**20, 1 / 3, -0.0])

        def run(m):
            text, errs = write_rows(m, rows, kw)
            return (text, errs, read_text(m, text, kw, False),
                    read_text(m, text, kw, True))
        same(run, X, C)


def test_reader_random_text():
    rng = random.Random(99)
    for _ in range(700):
        kw = rand_dialect(rng)
        text = rand_text(rng, 14)
        split = rng.random() < 0.5
        same(lambda m: read_text(m, text, kw, split), X, C)


@pytest.mark.parametrize("lines", [
    ['a,"b\n', 'c'], ["a,b\rc"], ["a\0b"], ['"ab"c,d'], ["a,b\n", "\n", "",
    "c\r\n", '"x\r\n', 'y"\r\n'], ['a,"b'], ['"'], ['a,'], [","], [" a, b"],
    ['"a""b",c'], ['"a"  ,b'], ["a\r\n\r\n"], ["\r"], ["a\nb"],
])
def test_reader_cases(lines):
    for kw in ({}, {"strict": True}, {"escapechar": "\\"},
               {"skipinitialspace": True}, {"quoting": C.QUOTE_NONE},
               {"quoting": C.QUOTE_NONNUMERIC}, {"doublequote": False}):
        same(lambda m: read_text(m, "".join(lines), kw, False), X, C)
        same(lambda m: list(m.reader(lines, **kw)), X, C)


def test_reader_escapes():
    for lines in (["a\\\n", "b"], ['"a\\\n', 'b"'], ["a\\"], ["\\,x,\\\\"],
                  ['"a\\"b",c'], ["a\\\r\n", "b\r\n"]):
        same(lambda m: list(m.reader(lines, escapechar="\\")), X, C)


def test_line_num_and_bytes():
    def run(m):
        r = m.reader(["a", "b\n", '"c\n', 'd"'])
        return list(r), r.line_num
    same(run, X, C)
    same(lambda m: list(m.reader([b"a"])), X, C)
    same(lambda m: list(m.reader(["x", 5])), X, C)


def test_field_limit():
    def run(m):
        old = m.field_size_limit(3)
        try:
            res = [list(m.reader(["abc,ab"]))]
            try:
                list(m.reader(["abc,abcd"]))
            except m.Error as e:
                res.append(str(e))
            try:
                list(m.reader(['"abcd"']))
            except m.Error as e:
                res.append(str(e))
            return res, m.field_size_limit()
        finally:
            m.field_size_limit(old)
    same(run, X, C)
    same(lambda m: m.field_size_limit("a"), X, C)
    same(lambda m: m.field_size_limit(), X, C)


BAD = [dict(delimiter=None), dict(delimiter=""), dict(delimiter=1),
       dict(delimiter="ab"), dict(quotechar=1), dict(quotechar=""),
       dict(quotechar=None, quoting=C.QUOTE_ALL), dict(quoting=9),
       dict(quoting="a"), dict(quoting=True), dict(lineterminator=None),
       dict(lineterminator=5), dict(escapechar=""), dict(escapechar=5),
       dict(dialect="nope"), dict(foo=1)]


@pytest.mark.parametrize("kw", BAD)
def test_bad_params(kw):
    same(lambda m: m.reader([], **kw) and "ok", X, C)
    same(lambda m: m.writer(io.StringIO(), **kw) and "ok", X, C)


def attrs(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
            d.skipinitialspace, d.lineterminator, d.quoting, d.strict)


def test_dialects_and_registry():
    same(lambda m: m.list_dialects(), X, C)
    for name in ("excel", "excel-tab", "unix"):
        same(lambda m: attrs(m.get_dialect(name)), X, C)
        same(lambda m: attrs(m.reader([], name).dialect), X, C)
    same(lambda m: attrs(m.reader([], quotechar=None).dialect), X, C)
    same(lambda m: m.get_dialect("zz"), X, C)
    same(lambda m: m.unregister_dialect("zz"), X, C)
    same(lambda m: m.register_dialect(1), X, C)

    def reg(m):
        m.register_dialect("pipes", m.excel, delimiter="|", quoting=1)
        try:
            d = m.get_dialect("pipes")
            s = io.StringIO()
            m.writer(s, "pipes").writerow(["a", 1])
            return attrs(d), s.getvalue(), sorted(m.list_dialects())
        finally:
            m.unregister_dialect("pipes")
    same(reg, X, C)
    same(lambda m: m.register_dialect("q", m.excel, quoting=5), X, C)
    same(lambda m: setattr(m.get_dialect("excel"), "delimiter", ";"), X, C)
    same(lambda m: m.Dialect(), X, C)

    def subclass(m):
        class Semi(m.Dialect):
            delimiter = ";"
        class Good(m.excel):
            delimiter = ";"
            strict = True
        out = [attrs(m.reader([], Good).dialect), Good()._valid]
        try:
            Semi()
        except m.Error as e:
            out.append(str(e))
        return out
    same(subclass, X, C)


WRITES = [[""], [None], ["a\rb"], ["a\nb"], [1.5, 10**20, True, None, 1 / 3],
          ['q"x', "d,e", " sp"], [], ["", ""], ["a\\b", 'c"d']]


@pytest.mark.parametrize("kw", [{}, {"lineterminator": "\n"},
                                {"quoting": C.QUOTE_NONNUMERIC},
                                {"quoting": C.QUOTE_ALL},
                                {"quoting": C.QUOTE_NONE},
                                {"quoting": C.QUOTE_NONE, "escapechar": "\\"},
                                {"escapechar": "\\"},
                                {"escapechar": "\\", "doublequote": False},
                                {"doublequote": False}])
def test_writer_cases(kw):
    same(lambda m: write_rows(m, WRITES, kw), X, C)
    same(lambda m: m.writer(io.StringIO(), **kw).writerow(["ab", 1]), X, C)
    same(lambda m: m.writer(io.StringIO(), **kw).writerow(5), X, C)
    same(lambda m: m.writer(5), X, C)


def test_dict_reader_writer():
    text = "name,age,city\r\nbob,3,x\r\n\r\nal,40\r\nzed,1,y,extra,more\r\n"

    def rd(m):
        r = m.DictReader(io.StringIO(text), restkey="rest", restval="?")
        return r.fieldnames, list(r), r.line_num
    same(rd, X, C)

    def rd2(m):
        r = m.DictReader(text.splitlines(), fieldnames=iter("abc"))
        return list(r), r.fieldnames
    same(rd2, X, C)
    same(lambda m: list(m.DictReader(io.StringIO(""))), X, C)

    def wr(m):
        s = io.StringIO()
        w = m.DictWriter(s, ["a", "b", "c"], restval="-")
        w.writeheader()
        w.writerow({"a": 1, "c": "x,y"})
        w.writerows([{"b": None}, {}])
        try:
            w.writerow({"a": 1, "zz": 2})
        except ValueError as e:
            s.write(str(e))
        w2 = m.DictWriter(s, ["a"], extrasaction="ignore", dialect="unix")
        w2.writerow({"a": 1, "zz": 2})
        return s.getvalue()
    same(wr, X, C)
    same(lambda m: m.DictWriter(io.StringIO(), ["a"], extrasaction="x"),
         X, C)


SAMPLES = [
    "a,b,c\r\n1,2,3\r\n4,5,6\r\n",
    "name;age\nbob;3\nal;40\n",
    '"a","b"\n"1","2"\n',
    "x\ty\tz\n1\t2\t3\n",
    "a, b, c\n1, 2, 3\n",
    'name,comment\n"Bob","said ""hi"""\n"Al","ok"\n',
    "id|score\n1|2.5\n2|3.5\n3|4\n",
    "city,pop\nParis,2100000\nRome,2800000\nOslo,700000\n",
]


@pytest.mark.parametrize("sample", SAMPLES)
def test_sniffer(sample):
    def run(m):
        d = m.Sniffer().sniff(sample)
        return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace,
                d.lineterminator, d.quoting, m.Sniffer().has_header(sample),
                list(m.reader(io.StringIO(sample), d)))
    same(run, X, C)


def test_sniffer_fails():
    same(lambda m: m.Sniffer().sniff(""), X, C)
