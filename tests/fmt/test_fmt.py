# SPDX-License-Identifier: MIT
# Differential tests for vm/fmt.c: the C driver (fmt_driver.c) answers
# thousands of repr / format / % / float() / round requests, and every
# answer must equal what this CPython computes for the same input.  The
# driver is built twice: against glibc with ASan/UBSan, and statically
# against musl (the Xen build's C library) when musl-dev is installed.
# Inputs are random but seeded (FMT_SEED overrides the seed), and cover
# random bit patterns, integers, short decimals, powers of two and ten and
# their neighbours, the 1e16 and 1e-4 repr boundaries, subnormals, exact
# ties, inf, nan and -0.0, plus tables of specs and randomly built specs.
from __future__ import annotations

import functools
import math
import os
import random
import shutil
import struct
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "build" / "tests" / "fmt_driver"
SEED = int(os.environ.get("FMT_SEED", "20240611"))

LEFT, PLUS, SPACE, ALT, ZERO = 1, 2, 4, 8, 16


MUSL_SPECS = Path("/usr/lib/x86_64-linux-musl/musl-gcc.specs")


def build_driver(libc: str) -> Path:
    """The driver against glibc with sanitizers, or statically against
    musl, the C library of the Xen build (Debian's musl-dev)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler")
    out = DRIVER if libc == "glibc" else DRIVER.with_name("fmt_driver_musl")
    out.parent.mkdir(parents=True, exist_ok=True)
    flags = ["-std=gnu11", "-O1", "-Wall", "-Wextra", "-Werror"]
    if libc == "glibc":
        flags += ["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
    else:
        if not MUSL_SPECS.exists():
            pytest.skip("musl-dev not installed")
        flags = ["-specs", str(MUSL_SPECS), "-static"] + flags
    sources = [ROOT / "tests" / "fmt" / "fmt_driver.c", ROOT / "vm" / "fmt.c", ROOT / "vm" / "mpn.c"]
    inputs = [*sources, ROOT / "vm" / "fmt.h", ROOT / "vm" / "mpn.h", Path(__file__)]
    if out.exists() and out.stat().st_mtime > max(p.stat().st_mtime for p in inputs):
        return out  # up to date
    # built aside and renamed: a parallel worker may be running the old one
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")
    subprocess.run([cc, *flags, *map(str, sources), "-lm", "-o", str(tmp)], check=True)
    os.replace(tmp, out)
    return out


@pytest.fixture(scope="module", params=["glibc", "musl"])
def driver(request: pytest.FixtureRequest) -> Path:
    return build_driver(request.param)


# ---- encoding -----------------------------------------------------------


def h(s: str) -> str:
    return "h" + s.encode("utf-8", "surrogatepass").hex()


def bits(x: float) -> str:
    return struct.pack(">d", x).hex()


def from_bits(b: int) -> float:
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def ok(text: str) -> str:
    return "OK " + h(text)


def outcome(fn: Callable[..., str], *args: Any) -> str:
    """The expected answer line for the CPython computation fn(*args)."""
    try:
        return ok(fn(*args))
    except ValueError as e:
        return "VE " + h(str(e))
    except OverflowError as e:
        return "OE " + h(str(e))


def run(driver: Path, cases: list[tuple[str, str]]) -> None:
    """Send every request, compare every answer; report the first misses."""
    text = "".join(req + "\n" for req, _ in cases)
    proc = subprocess.run(
        [str(driver)],
        input=text,
        capture_output=True,
        text=True,
        env={**os.environ, "ASAN_OPTIONS": "detect_leaks=0"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout.splitlines()
    assert len(out) == len(cases)
    bad = []
    for (req, want), got in zip(cases, out):
        if got != want:
            bad.append(f"{req}\n   want {decode(want)}\n   got  {decode(got)}")
    assert not bad, f"{len(bad)} of {len(cases)} differ:\n" + "\n".join(bad[:25])


def decode(answer: str) -> str:
    parts = answer.split(" ")
    return " ".join(repr(bytes.fromhex(p[1:]).decode()) if p.startswith("h") else p for p in parts)


# ---- inputs ---------------------------------------------------------------


def interesting_doubles(rng: random.Random, n_random: int) -> list[float]:
    xs: list[float] = [
        0.0,
        -0.0,
        math.inf,
        -math.inf,
        math.nan,
        5e-324,
        -5e-324,
        2.2250738585072014e-308,
        1.7976931348623157e308,
        0.1,
        0.5,
        1.5,
        2.5,
        2.675,
        0.125,
        0.375,
        1e16,
        1e-4,
        9999999999999998.0,
        123456789012345.6,
        1e22,
        1e23,
        0.30000000000000004,
        1 / 3,
        2 / 3,
        100.0,
        1234.5,
    ]
    for k in range(-1074, 1024, 7):
        p = math.ldexp(1.0, k)
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    for k in range(-325, 309):
        p = float(f"1e{k}")
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    for base in (1e16, 1e-4, 1e-5, 1e15, 1e17, 0.5e-4):
        x = base
        for _ in range(4):
            xs.append(x)
            x = math.nextafter(x, 0)
        x = base
        for _ in range(4):
            x = math.nextafter(x, math.inf)
            xs.append(x)
    for _ in range(n_random):
        kind = rng.randrange(6)
        if kind == 0:
            x = from_bits(rng.getrandbits(64))
        elif kind == 1:
            x = float(
                rng.randrange(-(10 ** rng.randrange(1, 20)), 10 ** rng.randrange(1, 20))
            )
        elif kind == 2:
            x = float(
                f"{rng.randrange(1, 10 ** rng.randrange(1, 8))}e{rng.randrange(-30, 30)}"
            )
        elif kind == 3:
            x = from_bits(rng.getrandbits(52))  # subnormal
        elif kind == 4:
            x = rng.uniform(-1e6, 1e6)
        else:
            x = rng.randrange(-2000, 2000) / rng.choice([2, 4, 8, 1000, 100, 16])
        xs.append(-x if rng.random() < 0.3 else x)
    return xs


FLOAT_SPECS = [
    "",
    "f",
    "e",
    "g",
    "%",
    "F",
    "E",
    "G",
    "n",
    ".0",
    ".1",
    ".3",
    ".17",
    ".0f",
    ".1f",
    ".2f",
    ".3f",
    ".10f",
    ".20f",
    ".0e",
    ".3e",
    ".16e",
    ".20e",
    ".0g",
    ".1g",
    ".4g",
    ".12g",
    ".17g",
    ".25g",
    ".1%",
    ".0%",
    "#",
    "#.0f",
    "#.0e",
    "#g",
    "#.3g",
    "#.0",
    "#.3",
    "+",
    "+f",
    " f",
    "-g",
    "z",
    "z.1f",
    "z.0f",
    "z.2e",
    "z%",
    "+z.3g",
    "10",
    "<10",
    "^10",
    ">10",
    "=10",
    "010",
    "010.2f",
    "*^12.3e",
    "0=+15.4f",
    "x<08",
    "012,",
    ",",
    ",.2f",
    "_",
    "_.3f",
    "020,.2f",
    "020_.2e",
    ",g",
    ",%",
    "015,.0f",
    "\u00e9^9.2",
    "\U0001f600>7g",
    " 012.3f",
    "+012,.1f",
    ".50f",
    ".60e",
    ".30g",
    "#.30g",
    ".5",
    ".1e",
    "0",
    "00",
    "<05",
    ">+09.2%",
    ",.0%",
    ".400f",
    "#.0%",
]

FLOAT_BAD_SPECS = [
    "abc",
    "x",
    "d",
    "s",
    "c",
    ".",
    ".f",
    ",_",
    "_,",
    ",,",
    ",n",
    "_n",
    "99999999999999999999",
    ".99999999999999999999",
    "\u00e9",
    "\x01",
    " ",
    "10.2fz",
    "#z",
    "z#x",
    ".2147483648f",
    "f ",
    "__",
    "a" * 150,
    "<" + "\u00e9" * 60 + "x",
]


@functools.cache
def cases_repr() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    xs = interesting_doubles(rng, 4000)
    return [(f"repr {bits(x)}", ok(repr(x))) for x in xs]


def test_repr(driver: Path) -> None:
    run(driver, cases_repr())


@functools.cache
def cases_format_float() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    xs = interesting_doubles(rng, 1500)
    cases = []
    for x in xs:
        for spec in rng.sample(FLOAT_SPECS, 6):
            cases.append(
                (f"fmtf {h(spec)} {h('float')} {bits(x)}", outcome(format, x, spec))
            )
    for x in [1.5, -0.0, math.inf, 1234567.125, -1e-7, math.nan]:
        for spec in FLOAT_SPECS:
            cases.append(
                (f"fmtf {h(spec)} {h('float')} {bits(x)}", outcome(format, x, spec))
            )
        for spec in FLOAT_BAD_SPECS:
            cases.append(
                (f"fmtf {h(spec)} {h('float')} {bits(x)}", outcome(format, x, spec))
            )
    return cases


def test_format_float(driver: Path) -> None:
    run(driver, cases_format_float())


INT_SPECS = [
    "",
    "d",
    "b",
    "o",
    "x",
    "X",
    "n",
    "c",
    "#b",
    "#o",
    "#x",
    "#X",
    "+d",
    " d",
    "-d",
    "10",
    "<10",
    "^10",
    "=10",
    "010",
    "08b",
    "#010x",
    "#010X",
    "+#012o",
    ",",
    "_",
    ",d",
    "_b",
    "_o",
    "_x",
    "_X",
    "012,",
    "#015_x",
    "015_",
    "013,",
    "*^20,",
    "x<+12",
    "\u00e9>8",
    "e",
    "f",
    ".2f",
    "g",
    "%",
    ".3e",
    "E",
    "G",
    ",.2f",
    "c",
    "5c",
    "<3c",
    "=4c",
    "0=5c",
    "04c",
    "#15b",
    "+015_d",
    "1,",
    "_d",
    "09,",
    "09_",
    "0",
    "b_",
]

INT_BAD_SPECS = [
    ".2",
    "z",
    ".1d",
    "+c",
    "#c",
    " c",
    ",c",
    ",x",
    ",b",
    ",o",
    ",n",
    "_n",
    "s",
    "r",
    "z.2f",
    "\u00e9",
    ".c",
    "dd",
    "q",
    "\x00",
    "\u0661\u0662",
]


def int_request(spec: str, n: int, tname: str = "int") -> tuple[str, str]:
    a = abs(n)
    try:
        fb = bits(float(n))
    except OverflowError:
        fb = "none"
    try:
        ch = str(n) if -(2**63) <= n < 2**63 else "big"
    except ValueError:
        ch = "big"
    req = f"fmti {h(spec)} {h(tname)} {int(n < 0)} {a:b} {a:o} {a:d} {a:x} {fb} {ch}"
    return req, outcome(format, n, spec)


@functools.cache
def cases_format_int() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 2)
    ns = [
        0,
        1,
        -1,
        7,
        -7,
        255,
        -255,
        1000,
        123456789,
        -123456789,
        2**64,
        -(2**100),
        0x10FFFF,
        0x110000,
        65,
        233,
        0x1F600,
        10**400,
        2**63,
    ]
    for _ in range(800):
        bitsz = rng.choice([4, 8, 16, 32, 64, 128, 300])
        n = rng.getrandbits(bitsz)
        ns.append(-n if rng.random() < 0.4 else n)
    cases = []
    for n in ns:
        for spec in rng.sample(INT_SPECS, 8):
            cases.append(int_request(spec, n))
    for n in [0, -42, 1234567, 0x110000, -1]:
        for spec in INT_SPECS + INT_BAD_SPECS:
            cases.append(int_request(spec, n))
    cases.append(int_request("s", True, "bool"))
    return cases


def test_format_int(driver: Path) -> None:
    run(driver, cases_format_int())


STR_SPECS = [
    "",
    "s",
    "10",
    "<10",
    ">10",
    "^10",
    "^11",
    "*^9",
    ".2",
    ".0",
    "10.3",
    "\u00e9>6",
    "\U0001f600^7.2s",
    "05",
    "010.1",
    "x<4",
    "=5",
    "+",
    " s",
    "-s",
    "z",
    "#",
    ",",
    "_s",
    "d",
    "x",
    ",s",
    "=10s",
    "3",
    ".10",
    "\x01",
    "\x00",
    "\u0661\u0662",
    ".\u0663",
]


@functools.cache
def cases_format_str() -> list[tuple[str, str]]:
    strings = [
        "",
        "a",
        "abc",
        "hello world",
        "h\u00e9llo",
        "\u65e5\u672c\u8a9e",
        "\U0001f600x\U0001f600",
        "tab\tnew\nline",
        "0123456789abcdef",
    ]
    cases = []
    for s in strings:
        for spec in STR_SPECS:
            cases.append((f"fmts {h(spec)} {h(s)}", outcome(format, s, spec)))
    return cases


def test_format_str(driver: Path) -> None:
    run(driver, cases_format_str())


def flag_text(flags: int) -> str:
    return "".join(
        c
        for bit, c in ((LEFT, "-"), (PLUS, "+"), (SPACE, " "), (ALT, "#"), (ZERO, "0"))
        if flags & bit
    )


@functools.cache
def cases_percent_float() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 3)
    xs = interesting_doubles(rng, 1500)
    cases = []
    for x in xs:
        for _ in range(3):
            conv = rng.choice("eEfFgG")
            flags = rng.randrange(32) if rng.random() < 0.6 else 0
            width = rng.choice([-1, -1, 0, 1, 5, 8, 12, 20, 30])
            prec = rng.choice([-1, -1, 0, 1, 2, 3, 5, 10, 17, 20, 40, 900, 1200])
            fmt = (
                "%"
                + flag_text(flags)
                + (str(width) if width >= 0 else "")
                + (f".{prec}" if prec >= 0 else "")
                + conv
            )
            cases.append((f"pctf {conv} {flags} {width} {prec} {bits(x)}", ok(fmt % x)))
    return cases


def test_percent_float(driver: Path) -> None:
    run(driver, cases_percent_float())


@functools.cache
def cases_percent_int() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 4)
    cases = []
    for _ in range(3000):
        n = rng.getrandbits(rng.choice([1, 4, 8, 20, 64, 100]))
        if rng.random() < 0.4:
            n = -n
        conv = rng.choice("diuoxX")
        flags = rng.randrange(32) if rng.random() < 0.7 else 0
        width = rng.choice([-1, -1, 0, 1, 3, 6, 10, 25])
        prec = rng.choice([-1, -1, -1, 0, 1, 3, 8, 30])
        a = abs(n)
        digits = {"o": f"{a:o}", "x": f"{a:x}", "X": f"{a:X}"}.get(conv, str(a))
        fmt = (
            "%"
            + flag_text(flags)
            + (str(width) if width >= 0 else "")
            + (f".{prec}" if prec >= 0 else "")
            + conv
        )
        cases.append(
            (f"pcti {conv} {flags} {width} {prec} {int(n < 0)} {digits}", ok(fmt % n))
        )
    return cases


def test_percent_int(driver: Path) -> None:
    run(driver, cases_percent_int())


def parse_answer(s: str) -> str:
    try:
        return "OK " + bits(float(s))
    except ValueError:
        return "NO"


def with_underscores(rng: random.Random, s: str) -> str:
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if c.isdigit() and i + 1 < len(s) and rng.random() < 0.2:
            out.append("_" if rng.random() < 0.9 else "__")
    return "".join(out)


@functools.cache
def cases_parse() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 5)
    strings = [
        "",
        " ",
        "1",
        "-1",
        "+1",
        "1.",
        ".5",
        ".",
        "-.5",
        "+.e1",
        "1e5",
        "1E+5",
        "1e-5",
        "1e",
        "e5",
        "1e+",
        "inf",
        "-inf",
        "+inf",
        "INF",
        "Infinity",
        "-iNfInItY",
        "infinit",
        "in",
        "nan",
        "-nan",
        "+NaN",
        "nan(1)",
        "nanx",
        "0x10",
        "1_000",
        "1__000",
        "_1",
        "1_",
        "1_.5",
        "1._5",
        "1.5_",
        "1e1_0",
        "1e_10",
        "1_e10",
        "+_1",
        "  1.5  ",
        "\t\n1\x0b\x0c\r",
        "\x1c1\x1f",
        "\u00a01.5\u3000",
        "\u20001\u2029",
        "\u200b1",
        "1 2",
        "--1",
        "+-1",
        "1e400",
        "-1e400",
        "1e-400",
        "2.4703282292062328e-324",
        "2.4703282292062327e-324",
        "4.9406564584124654e-324",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "0e0",
        "-0",
        "00000.0000e99999999999999999999",
        "1e-99999999999999999999",
        "1" * 1000 + "e-700",
        "0." + "0" * 800 + "1e800",
        "2.225073858507201136057409796709131975934819546351645648e-308",
        "9007199254740993",
        "9007199254740993.0000000000000000000001",
        "9007199254740992.9999999999999999999999999",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203125" + "0" * 900 + "1",
        "\u0661",
        "1\u00e9",
        "0.1e-0",
        "\u0661\u0662.\u0663e\u0664",
        "\U0001d7ce_\U0001d7cf",
        "\uff11\uff10",
        "1\x1c",
        "\x1c1",
        "\u00a01\x85",
        "1\u200b",
        "\u0e51e-\u0e52",
        "\u0661_",
        "1\u3000\u3000",
    ]
    for x in interesting_doubles(rng, 2500):
        s = repr(x)
        if rng.random() < 0.3:
            s = with_underscores(rng, s)
        if rng.random() < 0.2:
            s = rng.choice([" ", "\t", "\n"]) + s + rng.choice(["", " ", "\r\n"])
        if rng.random() < 0.1:
            s = s.upper()
        strings.append(s)
    for _ in range(1500):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 40)))
        cut = rng.randrange(len(digits) + 1)
        s = digits[:cut] + "." + digits[cut:]
        if rng.random() < 0.5:
            s += f"e{rng.randrange(-340, 320)}"
        if rng.random() < 0.2:
            pos = rng.randrange(len(s) + 1)
            s = s[:pos] + rng.choice("_e.+- x") + s[pos:]
        strings.append(s)
    return [(f"parse {h(s)}", parse_answer(s)) for s in strings]


def test_parse(driver: Path) -> None:
    run(driver, cases_parse())


@functools.cache
def cases_unicode_decimal() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 7)
    cps = set(range(0x800))
    for cp in range(0x80, 0x110000):
        if unicodedata.decimal(chr(cp), None) is not None:
            cps.update((cp - 1, cp, cp + 1))
    cps.update(rng.randrange(0x110000) for _ in range(3000))
    return [
        (f"udec {cp:x}", f"OK {unicodedata.decimal(chr(cp), -1)}") for cp in sorted(cps)
    ]


def test_unicode_decimal(driver: Path) -> None:
    run(driver, cases_unicode_decimal())


def round_answer(x: float, nd: int) -> str:
    try:
        return "OK " + bits(round(x, nd))
    except OverflowError:
        return "OVF"


@functools.cache
def cases_round() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 6)
    pairs: list[tuple[float, int]] = [
        (2.675, 2),
        (0.5, 0),
        (1.5, 0),
        (2.5, 0),
        (-0.5, 0),
        (123.456, -1),
        (50.0, -2),
        (150.0, -2),
        (0.125, 2),
        (0.375, 2),
        (1.7976931348623157e308, -308),
        (1.7976931348623157e308, -300),
        (5e-324, 323),
        (5e-324, 324),
        (1e300, -309),
        (-1e-300, 5),
        (0.0, 3),
        (-0.0, -3),
        (math.inf, 2),
        (math.nan, 1),
        (-math.inf, -1),
        (1e22, -22),
        (5e22, -23),
        (1.0, -1),
        (10.0, -1),
        (100.0, -2),
        (1e16, -16),
        (9.5, 0),
        (-9.5, 0),
        (0.05, 1),
        (0.15, 1),
        (1e15 + 0.5, 0),
        (1.5, 2**62),
        (1.5, -(2**62)),
        (-2.5, -(2**62)),
        (2.5, 323),
        (2.5, 324),
        (1e-320, 323),
        (1e-320, 322),
        (7e307, -308),
        (5e307, -308),
    ]
    for x in interesting_doubles(rng, 2000):
        for _ in range(2):
            nd = rng.choice([rng.randrange(-5, 20), rng.randrange(-330, 330)])
            pairs.append((x, nd))
    return [(f"round {bits(x)} {nd}", round_answer(x, nd)) for x, nd in pairs]


def test_round(driver: Path) -> None:
    run(driver, cases_round())


def test_no_forbidden_headers() -> None:
    """fmt.c stays a pure C layer: standard headers and the big-integer
    layer only (no VM objects, no streams; it needs no printf or strtod)."""
    src = (ROOT / "vm" / "fmt.c").read_text()
    includes = {
        line.split()[1] for line in src.splitlines() if line.startswith("#include")
    }
    assert includes <= {
        '"fmt.h"',
        '"mpn.h"',
        "<float.h>",
        "<math.h>",
        "<stdarg.h>",
        "<string.h>",
        "<stdint.h>",
        "<stdbool.h>",
    }
    for banned in ("printf(", "fopen", "fputs", "malloc", "free("):
        assert banned not in src.replace("snprintf(", "")


def random_spec(rng: random.Random, types: str) -> str:
    """A spec with each optional field present or not, mostly valid."""
    parts = []
    if rng.random() < 0.4:
        fill = rng.choice(["", "*", "0", " ", "\u00e9", "\U0001f600", "_", ","])
        parts.append(fill + rng.choice("<>^="))
    parts.append(rng.choice(["", "", "+", "-", " "]))
    parts.append(rng.choice(["", "", "", "z"]))
    parts.append(rng.choice(["", "", "#"]))
    parts.append(rng.choice(["", "", "0"]))
    parts.append(rng.choice(["", "", "1", "7", "12", "25", "40"]))
    parts.append(rng.choice(["", "", "", ",", "_"]))
    parts.append(rng.choice(["", "", ".0", ".1", ".3", ".6", ".12", ".17", ".25"]))
    parts.append(rng.choice(types))
    return "".join(parts)


@functools.cache
def cases_random_specs() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 8)
    cases = []
    for x in interesting_doubles(rng, 1000):
        for _ in range(2):
            spec = random_spec(rng, ["", "e", "E", "f", "F", "g", "G", "n", "%"])
            cases.append(
                (f"fmtf {h(spec)} {h('float')} {bits(x)}", outcome(format, x, spec))
            )
    for _ in range(3000):
        n = rng.getrandbits(rng.choice([3, 10, 30, 70]))
        n = -n if rng.random() < 0.4 else n
        spec = random_spec(rng, ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "%"])
        cases.append(int_request(spec, n))
    return cases


def test_random_specs(driver: Path) -> None:
    run(driver, cases_random_specs())


def cases_cfmt() -> list[tuple[str, str]]:
    """fmt_snprintf (the core's own C-level messages) against Python's %
    operator, which has C's printf semantics for these conversions."""
    def h(s: str) -> str:
        return "h" + s.encode().hex()

    ints = [0, 7, -7, 42, -128, 2**31, -(2**63), 2**63 - 1, 255, 4095]
    int_fmts = ["%lld", "%5lld", "%-5lld|", "%05lld", "%+lld", "% lld", "%+.02lld", "%.3lld",
                "%8.3lld", "[%llx]", "%#llx", "%#llX", "%08llx", "%%%lld%%"]
    cases = []
    for f in int_fmts:
        for v in ints:
            if "x" in f.lower() and v < 0:
                continue
            if "#" in f and v == 0:
                continue  # Python writes 0x0; C only prefixes a nonzero value
            want = (f.replace("ll", "")) % v
            cases.append((f"cfmt 200 {h(f)} i {v}", f"OK {h(want)} {len(want)}"))
    for f in ["%llu", "%20llu"]:
        for v in [0, 1, 2**64 - 1]:
            want = f.replace("llu", "d") % v
            cases.append((f"cfmt 200 {h(f)} u {v}", f"OK {h(want)} {len(want)}"))
    for f in ["%s", "<%8s>", "<%-8s>", "%.3s", "%6.2s|", "x%sy"]:
        for v in ["", "abc", "hello world"]:
            want = f % v
            cases.append((f"cfmt 200 {h(f)} s {h(v)}", f"OK {h(want)} {len(want)}"))
    for f in ["%c", "%3c", "%-3c|"]:
        want = f % "Q"
        cases.append((f"cfmt 200 {h(f)} c {ord('Q')}", f"OK {h(want)} {len(want)}"))
    # C11 7.21.6.1: with '#', "a nonzero result has 0x prefixed"
    cases.append((f"cfmt 200 {h('%#llx')} i 0", f"OK {h('0')} 1"))
    # truncation: at most cap - 1 bytes and a NUL; the full length returned
    for cap in [1, 2, 5, 6, 7]:
        full = "%5d!" % 123
        cases.append((f"cfmt {cap} {h('%5lld!')} i 123", f"OK {h(full[:cap - 1])} {len(full)}"))
    return cases


def test_cfmt(driver: Path) -> None:
    run(driver, cases_cfmt())
