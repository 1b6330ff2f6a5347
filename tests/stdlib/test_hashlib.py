# SPDX-License-Identifier: MIT
# hashlib, hmac and pbkdf2_hmac.  The native digests (vm/mod_hashlib.c) run
# on the xenlet VM (release and ASan builds, through `xenlet_cmd`) over
# random messages, block-boundary lengths, split streaming updates and
# copies, and are compared with CPython's OpenSSL-backed hashlib computed
# here; the published vectors (RFC 1321, FIPS 180-4 examples, RFC 4231,
# RFC 6070) are checked literally against both.  The Python layers
# (stdlib/hashlib.py, stdlib/hmac.py) are also loaded under CPython, over a
# stand-in for the native module, and their errors compared with CPython's.
from __future__ import annotations

import hashlib
import hmac
import os
import random
import subprocess
import sys
import types
from pathlib import Path

import pytest
from xl_loader import load, same

REPO = Path(__file__).resolve().parents[2]
ALGOS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
BOUNDARY = [55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 191, 192, 255, 256, 257]


def run_xenlet(xenlet_cmd: list[str], src: str, tmp_path: Path) -> str:
    prog = tmp_path / "prog.py"
    prog.write_text(src, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run([*xenlet_cmd, prog.name], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


# ---- the native digests on the VM -------------------------------------------------


def _messages() -> list[bytes]:
    rng = random.Random(20240611)
    lengths = list(range(301)) + BOUNDARY + [1000, 4096, 5000]
    return [bytes(rng.getrandbits(8) for _ in range(n)) for n in lengths]


def test_random_messages_streaming_and_copy(xenlet_cmd, tmp_path):
    rng = random.Random(7)
    msgs = _messages()
    cases = []  # (algo, message index, split points, copy point)
    for i, m in enumerate(msgs):
        for a in ALGOS:
            cuts = sorted(rng.randrange(len(m) + 1) for _ in range(rng.randrange(4)))
            cases.append((a, i, cuts, rng.randrange(len(m) + 1)))
    src = [
        "import hashlib",
        "M = [bytes.fromhex(h) for h in %r]" % [m.hex() for m in msgs],
        "C = %r" % cases,
        "for a, i, cuts, k in C:",
        "    m = M[i]",
        "    print(hashlib.new(a, m).hexdigest())",
        "    h = hashlib.new(a)",
        "    last = 0",
        "    for c in cuts + [len(m)]:",
        "        h.update(m[last:c] if c % 3 else bytearray(m[last:c]))",
        "        last = c",
        "    print(h.digest().hex())",
        "    h = getattr(hashlib, a)(memoryview(m)[:k])",
        "    c = h.copy()",
        "    c.update(m[k:])",
        "    h.update(b'x')",
        "    print(c.hexdigest(), h.hexdigest())",
    ]
    got = run_xenlet(xenlet_cmd, "\n".join(src) + "\n", tmp_path).splitlines()
    want = []
    for a, i, _cuts, k in cases:
        m = msgs[i]
        d = hashlib.new(a, m).hexdigest()
        want += [d, d, d + " " + hashlib.new(a, m[:k] + b"x").hexdigest()]
    assert len(got) == len(want)
    for n, (g, w) in enumerate(zip(got, want)):
        assert g == w, f"line {n}: case {cases[n // 3][:2]}"


# Published values, each from its specification.
RFC1321 = {
    b"": "d41d8cd98f00b204e9800998ecf8427e",
    b"a": "0cc175b9c0f1b6a831c399e269772661",
    b"abc": "900150983cd24fb0d6963f7d28e17f72",
    b"message digest": "f96b697d7cb7938d525a2f31aaf161d0",
    b"abcdefghijklmnopqrstuvwxyz": "c3fcd3d76192e4007dfb496cca67e13b",
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789": "d174ab98d277d9f5a5611c2c9f419d9f",
    b"1234567890" * 8: "57edf4a22be3c955ac49da2e2107b67a",
}
FIPS_ABC = {
    "sha1": "a9993e364706816aba3e25717850c26c9cd0d89d",
    "sha224": "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
    "sha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "sha384": "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
              "8086072ba1e7cc2358baeca134c825a7",
    "sha512": "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
              "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
}
M448 = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
M896 = (b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
        b"ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
FIPS_LONG = {
    ("sha1", M448): "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
    ("sha256", M448): "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ("sha512", M896): "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
                      "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909",
    ("sha256", b"a" * 1000000): "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
}
# RFC 6070 (PBKDF2-HMAC-SHA1): (password, salt, iterations, dklen) -> hex
RFC6070 = {
    (b"password", b"salt", 1, 20): "0c60c80f961f0e71f3a9b524af6012062fe037a6",
    (b"password", b"salt", 2, 20): "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957",
    (b"password", b"salt", 4096, 20): "4b007901b765489abead49d926f721d065a429c1",
    (b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25):
        "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038",
    (b"pass\0word", b"sa\0lt", 4096, 16): "56fa6aa75548099dcc37d7f03425e0c3",
}
# RFC 4231 test cases 1-7 (key, data); case 5's MACs are truncated to 128 bits.
RFC4231 = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\x0c" * 20, b"Test With Truncation"),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data. "
                    b"The key needs to be hashed before being used by the HMAC algorithm."),
]
RFC4231_SHA256 = [
    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    "a3b6167473100ee06e0c796c2955552b",
    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
]


def test_published_vectors_in_cpython():
    # the literals above are the specifications' values: CPython agrees
    for m, d in RFC1321.items():
        assert hashlib.md5(m).hexdigest() == d
    for a, d in FIPS_ABC.items():
        assert hashlib.new(a, b"abc").hexdigest() == d
    for (a, m), d in FIPS_LONG.items():
        assert hashlib.new(a, m).hexdigest() == d
    for (p, s, n, k), d in RFC6070.items():
        assert hashlib.pbkdf2_hmac("sha1", p, s, n, k).hex() == d
    for (k, m), d in zip(RFC4231, RFC4231_SHA256):
        assert hmac.new(k, m, "sha256").hexdigest()[: len(d)] == d


def test_published_vectors_on_xenlet(xenlet_cmd, tmp_path):
    src = f"""
import hashlib, hmac
for m in {list(RFC1321)!r}:
    print(hashlib.md5(m).hexdigest())
for a in {list(FIPS_ABC)!r}:
    print(hashlib.new(a, b"abc").hexdigest())
for a, m in {[(a, m) for a, m in FIPS_LONG if len(m) < 1000]!r}:
    print(hashlib.new(a, m).hexdigest())
h = hashlib.sha256()
for _ in range(1000):
    h.update(b"a" * 1000)
print(h.hexdigest())
for p, s, n, k in {list(RFC6070)!r}:
    print(hashlib.pbkdf2_hmac("sha1", p, s, n, k).hex())
for k, m in {RFC4231!r}:
    for a in ("sha224", "sha256", "sha384", "sha512"):
        print(hmac.new(k, m, a).hexdigest(), hmac.digest(k, m, a).hex())
"""
    got = run_xenlet(xenlet_cmd, src, tmp_path).splitlines()
    want = list(RFC1321.values()) + list(FIPS_ABC.values())
    want += [d for (a, m), d in FIPS_LONG.items() if len(m) < 1000]
    want += [FIPS_LONG[("sha256", b"a" * 1000000)]]
    want += list(RFC6070.values())
    for k, m in RFC4231:
        for a in ("sha224", "sha256", "sha384", "sha512"):
            d = hmac.new(k, m, a).hexdigest()
            want.append(d + " " + d)
    assert got == want
    assert [ln.split()[0] for ln in got[-28:][1::4]] == [
        hmac.new(k, m, "sha256").hexdigest() for k, m in RFC4231]
    for line, d in zip(got[-28:][1::4], RFC4231_SHA256):
        assert line.startswith(d)


def test_hmac_md5_sha1_and_pbkdf2_on_xenlet(xenlet_cmd, tmp_path):
    rng = random.Random(99)
    cases = []
    for n in (0, 1, 20, 63, 64, 65, 127, 128, 129, 200):
        key = bytes(rng.getrandbits(8) for _ in range(n))
        msg = bytes(rng.getrandbits(8) for _ in range(rng.randrange(300)))
        cases.append((key, msg))
    pb = [(a, b"pw%d" % i, b"salt" * i, 1 + 7 * i, [None, 1, 33, 100][i % 4])
          for i, a in enumerate(ALGOS * 2)]
    src = f"""
import hashlib, hmac
for k, m in {cases!r}:
    for a in {ALGOS!r}:
        h = hmac.new(k, digestmod=a)
        h.update(m[:5])
        c = h.copy()
        c.update(m[5:])
        print(a, c.name, c.digest_size, c.block_size, c.hexdigest(), hmac.digest(k, m, getattr(hashlib, a)).hex())
for a, p, s, n, k in {pb!r}:
    print(hashlib.pbkdf2_hmac(a, p, bytearray(s), n, k).hex())
"""
    got = run_xenlet(xenlet_cmd, src, tmp_path).splitlines()
    want = []
    for k, m in cases:
        for a in ALGOS:
            h = hmac.new(k, m, a)
            want.append(f"{a} {h.name} {h.digest_size} {h.block_size} {h.hexdigest()} {h.hexdigest()}")
    for a, p, s, n, k in pb:
        want.append(hashlib.pbkdf2_hmac(a, p, s, n, k).hex())
    assert got == want


def test_large_input_on_xenlet(xenlet_cmd, tmp_path):
    # one update of several MiB through every algorithm
    data = bytes(range(256)) * (3 * 4096 + 1)
    src = f"""
import hashlib
d = bytes(range(256)) * (3 * 4096 + 1)
for a in {ALGOS!r}:
    print(hashlib.new(a, d).hexdigest())
"""
    got = run_xenlet(xenlet_cmd, src, tmp_path).splitlines()
    assert got == [hashlib.new(a, data).hexdigest() for a in ALGOS]


# ---- the Python layers under CPython ---------------------------------------------------


def _shim() -> types.ModuleType:
    """The native module's interface, over CPython's hashlib."""
    m = types.ModuleType("_hashlib")

    def new(name):
        if not isinstance(name, str):
            raise TypeError("name must be a string")
        if name not in ALGOS:
            raise ValueError("unsupported hash type " + name)
        return hashlib.new(name)

    def update(h, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("object supporting the buffer API required")
        h.update(data)

    m.new = new
    m.update = update
    m.digest = lambda h: h.digest()
    m.hexdigest = lambda h: h.hexdigest()
    m.copy = lambda h: h.copy()
    return m


@pytest.fixture(scope="module")
def xl():
    saved = {k: sys.modules.get(k) for k in ("_hashlib", "hashlib")}
    sys.modules["_hashlib"] = _shim()
    try:
        xh = load("hashlib")
        sys.modules["hashlib"] = xh
        xm = load("hmac")
    finally:
        for k, v in saved.items():
            sys.modules[k] = v
    return types.SimpleNamespace(hashlib=xh, hmac=xm)


HASHLIB_CASES = [
    lambda m: m.new("SHA256", b"x").hexdigest(),
    lambda m: m.new("sha-256", b"x").name,
    lambda m: m.new("Sha1").name,
    lambda m: m.new(name="MD5", data=b"x").hexdigest(),
    lambda m: m.new("md5", b"x", usedforsecurity=False).digest(),
    lambda m: m.md5(string=b"x").hexdigest(),
    lambda m: m.md5(b"x", usedforsecurity=False).hexdigest(),
    lambda m: m.sha512(bytearray(b"x")).digest_size,
    lambda m: m.sha384(memoryview(b"xyz")[1:]).hexdigest(),
    lambda m: m.new("foo"),
    lambda m: m.new("sha_256"),
    lambda m: m.new(""),
    lambda m: m.new(1),
    lambda m: m.new("md5", None),
    lambda m: m.new("foo", "x"),
    lambda m: m.new("md5", 1),
    lambda m: m.sha256("abc"),
    lambda m: m.sha256(1),
    lambda m: m.sha256(None),
    lambda m: m.sha256().update("x"),
    lambda m: m.sha256().update(None),
    lambda m: m.sha256().update(),
    lambda m: m.sha256().update(b"a", b"b"),
    lambda m: m.sha256().update(data=b"a"),
    lambda m: m.sha256().digest(1),
    lambda m: m.sha256().hexdigest(1),
    lambda m: m.sha256().copy(1),
    lambda m: type(m.sha256()).__name__,
    lambda m: [(h.name, h.digest_size, h.block_size) for h in map(m.new, ALGOS)],
    lambda m: sorted(set(ALGOS) & m.algorithms_guaranteed),
    lambda m: sorted(set(ALGOS) & m.algorithms_available),
    lambda m: setattr(m.sha256(), "name", "x"),
    lambda m: m.pbkdf2_hmac("sha256", b"p", b"s", 3).hex(),
    lambda m: m.pbkdf2_hmac("SHA1", bytearray(b"p"), memoryview(b"s"), 2, 50).hex(),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", True, None).hex(),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 0),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", -1),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 1, 0),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 1, -5),
    lambda m: m.pbkdf2_hmac("sha1", "p", b"s", 1),
    lambda m: m.pbkdf2_hmac("sha1", b"p", "s", 1),
    lambda m: m.pbkdf2_hmac("sha1", b"p", "s", 0),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 1.0),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", "x"),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 1, 1.0),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 0.5, 0),
    lambda m: m.pbkdf2_hmac(1, b"p", b"s", 1),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 2**31),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 2**63),
    lambda m: m.pbkdf2_hmac("sha1", b"p", b"s", 1, 2**31),
    lambda m: m.file_digest(__import__("io").BytesIO(b"abc"), "sha256").hexdigest(),
    lambda m: m.file_digest(__import__("io").BytesIO(b"abc" * 99999), m.md5).hexdigest(),
]


@pytest.mark.parametrize("case", HASHLIB_CASES)
def test_hashlib_python_layer_like_cpython(xl, case, monkeypatch):
    monkeypatch.setitem(sys.modules, "hmac", xl.hmac)  # pbkdf2_hmac's
    same(case, xl.hashlib, hashlib)


def test_pbkdf2_unknown_hash_is_a_value_error(xl):
    # CPython raises UnsupportedDigestmodError (a ValueError) with OpenSSL's words
    with pytest.raises(ValueError, match="unsupported hash type foo"):
        xl.hashlib.pbkdf2_hmac("foo", b"p", b"s", 1)
    with pytest.raises(ValueError):
        hashlib.pbkdf2_hmac("foo", b"p", b"s", 1)


def test_pbkdf2_rfc6070_in_python_layer(xl, monkeypatch):
    monkeypatch.setitem(sys.modules, "hmac", xl.hmac)
    for (p, s, n, k), d in RFC6070.items():
        if n < 4096:
            assert xl.hashlib.pbkdf2_hmac("sha1", p, s, n, k).hex() == d


HMAC_CASES = [
    lambda m: m.new(b"k"),
    lambda m: m.new(b"k", None, None),
    lambda m: m.new(b"k", None, ""),
    lambda m: m.new("k", digestmod="sha256"),
    lambda m: m.new(memoryview(b"k"), digestmod="md5"),
    lambda m: m.new(1, b"m", "md5"),
    lambda m: m.new(b"k", "m", digestmod="sha256"),
    lambda m: m.new(b"k", 1, "md5"),
    lambda m: m.new(b"k", digestmod="foo"),
    lambda m: m.new(b"k", digestmod=1),
    lambda m: m.new(b"k", digestmod="sha256").name,
    lambda m: m.new(b"k", digestmod="SHA256").name,
    lambda m: m.new(b"k", digestmod=hashlib.sha256).name,
    lambda m: m.new(b"k", digestmod=hashlib),
    lambda m: m.new(bytearray(b"k"), digestmod="md5").hexdigest(),
    lambda m: m.new(b"k", memoryview(b"m"), "md5").hexdigest(),
    lambda m: m.new(b"k", b"m", "md5").update(1),
    lambda m: m.new(b"k", b"m", "md5").update(None),
    lambda m: m.new(b"k", b"m", "md5").update("x"),
    lambda m: m.new(b"k" * 100, b"m", "sha384").copy().hexdigest(),
    lambda m: (lambda h: (h.digest_size, h.block_size, h.name))(m.HMAC(b"k", digestmod="sha512")),
    lambda m: m.HMAC.blocksize,
    lambda m: m.digest_size,
    lambda m: (m.trans_5C, m.trans_36),
    lambda m: m.digest(b"k", b"m", "sha256").hex(),
    lambda m: m.digest(bytearray(b"k"), memoryview(b"m"), "md5").hex(),
    lambda m: m.digest(b"k" * 200, b"m", hashlib.sha1).hex(),
    lambda m: m.digest("k", b"m", "sha256"),
    lambda m: m.digest(b"k", "m", "sha256"),
    lambda m: m.digest(b"k", None, "md5"),
    lambda m: m.digest(1, b"m", "md5"),
    lambda m: m.digest(b"k", b"m", "foo"),
    lambda m: m.digest(b"k", "m", "foo"),
    lambda m: m.compare_digest(b"abc", b"abc"),
    lambda m: m.compare_digest(b"abc", b"abd"),
    lambda m: m.compare_digest(b"abc", b"ab"),
    lambda m: m.compare_digest(b"", b""),
    lambda m: m.compare_digest(b"\0a", b"a"),
    lambda m: m.compare_digest("abc", "abc"),
    lambda m: m.compare_digest("abc", "abC"),
    lambda m: m.compare_digest(b"a", bytearray(b"a")),
    lambda m: m.compare_digest(memoryview(b"ab")[1:], b"b"),
    lambda m: m.compare_digest("a", b"a"),
    lambda m: m.compare_digest(b"a", "a"),
    lambda m: m.compare_digest("é", "é"),
    lambda m: m.compare_digest(1, 1),
    lambda m: m.compare_digest("a", 1),
    lambda m: m.compare_digest(b"a", 1),
    lambda m: m.compare_digest(1, b"a"),
    lambda m: m.compare_digest.__name__,
]


@pytest.mark.parametrize("case", HMAC_CASES)
def test_hmac_like_cpython(xl, case):
    same(case, xl.hmac, hmac)
