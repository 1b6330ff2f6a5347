# SPDX-License-Identifier: MIT
# uuid and secrets: stdlib/uuid.py loaded under CPython and compared with
# CPython's uuid (parsing, every view, errors, uuid3/uuid5 over random
# names); uuid4 and secrets only through properties that hold for any
# random source; and the same on the xenlet VM against CPython's values.
from __future__ import annotations

import os
import random
import secrets
import subprocess
import uuid
from pathlib import Path

import pytest
from xl_loader import load, same

REPO = Path(__file__).resolve().parents[2]
U = load("uuid")
S = load("secrets")

VIEWS = ["hex", "int", "bytes", "bytes_le", "fields", "time_low", "time_mid", "time_hi_version",
         "clock_seq_hi_variant", "clock_seq_low", "time", "clock_seq", "node", "urn", "variant",
         "version"]


def _views(m, u):
    return [str(u), repr(u), int(u)] + [getattr(u, v) for v in VIEWS]


def _ints() -> list[int]:
    rng = random.Random(4122)
    out = [0, 1, 2**128 - 1, 2**127, 2**64 - 1]
    out += [rng.getrandbits(128) for _ in range(200)]
    # every variant and version nibble
    out += [(rng.getrandbits(128) & ~(0xF << 76) & ~(0xF << 60)) | (v << 76) | (w << 60)
            for v in range(16) for w in range(16)]
    return out


def test_views_like_cpython():
    for i in _ints():
        same(lambda m: _views(m, m.UUID(int=i)), U, uuid)
        h = "%032x" % i
        for text in (h, h.upper(), "{%s}" % h, "urn:uuid:" + h,
                     "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])):
            same(lambda m: m.UUID(text).int, U, uuid)
        b = i.to_bytes(16, "big")
        same(lambda m: m.UUID(bytes=b).int, U, uuid)
        same(lambda m: m.UUID(bytes_le=b).int, U, uuid)
        same(lambda m: m.UUID(fields=uuid.UUID(int=i).fields).int, U, uuid)
        for v in (1, 3, 4, 5):
            same(lambda m: m.UUID(int=i, version=v).int, U, uuid)


def test_uuid3_uuid5_like_cpython():
    rng = random.Random(5)
    names = ["", "python.org", "http://example.com/é", "\x00", "名前"]
    names += ["".join(chr(rng.randrange(32, 0x3000)) for _ in range(rng.randrange(80))) for _ in range(50)]
    for ns in ("NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"):
        for name in names:
            same(lambda m: str(m.uuid3(getattr(m, ns), name)), U, uuid)
            same(lambda m: str(m.uuid5(getattr(m, ns), name)), U, uuid)


CASES = [
    lambda m: m.UUID(),
    lambda m: m.UUID("x", int=5),
    lambda m: m.UUID(" 12345678123456781234567812345678"),
    lambda m: m.UUID("1234567812345678123456781234567"),
    lambda m: m.UUID("{urn:uuid:12345678-1234-5678-1234-567812345678}"),
    lambda m: m.UUID("1234567812345678123456781234567g"),
    lambda m: m.UUID(b"12345678123456781234567812345678"),
    lambda m: m.UUID(hex=5),
    lambda m: m.UUID(bytes=b"x" * 15),
    lambda m: m.UUID(bytes_le=b"x" * 17),
    lambda m: m.UUID(int=-1),
    lambda m: m.UUID(int=2**128),
    lambda m: m.UUID(int=5, version=6),
    lambda m: m.UUID(int=5, version=0),
    lambda m: m.UUID(fields=(1, 2, 3, 4, 5)),
    lambda m: m.UUID(fields=(2**32, 2, 3, 4, 5, 6)),
    lambda m: m.UUID(fields=(1, 2**16, 3, 4, 5, 6)),
    lambda m: m.UUID(fields=(1, 2, -1, 4, 5, 6)),
    lambda m: m.UUID(fields=(1, 2, 3, 256, 5, 6)),
    lambda m: m.UUID(fields=(1, 2, 3, 4, 256, 6)),
    lambda m: m.UUID(fields=(1, 2, 3, 4, 5, 2**48)),
    lambda m: m.UUID(fields=(1, 2, 3, 4, 5, 6.0)),
    lambda m: m.UUID("12345678-1234-5678-1234-567812345678", version=4),
    lambda m: m.UUID(int=5) < m.UUID(int=6),
    lambda m: m.UUID(int=5) >= m.UUID(int=6),
    lambda m: m.UUID(int=5) <= m.UUID(int=5),
    lambda m: m.UUID(int=7) > m.UUID(int=6),
    lambda m: m.UUID(int=5) < 6,
    lambda m: m.UUID(int=5) == 5,
    lambda m: m.UUID(int=5) != m.UUID(int=5),
    lambda m: hash(m.UUID(int=5)) == hash(5),
    lambda m: sorted([m.UUID(int=9), m.UUID(int=3)]),
    lambda m: len({m.UUID(int=1), m.UUID(int=1), m.UUID(int=2)}),
    lambda m: setattr(m.UUID(int=5), "int", 3),
    lambda m: setattr(m.UUID(int=5), "foo", 3),
    lambda m: m.UUID(int=5).__getstate__(),
    lambda m: m.UUID(int=5, is_safe=m.SafeUUID.safe).__getstate__(),
    lambda m: m.UUID(int=5).is_safe.name,
    lambda m: (m.SafeUUID.safe.value, m.SafeUUID.unsafe.value, m.SafeUUID.unknown.value),
    lambda m: format(m.UUID(int=5)),
    lambda m: "%s" % m.UUID(int=5),
    lambda m: m.uuid3("x", "python.org"),
    lambda m: m.uuid3(m.NAMESPACE_DNS, b"x"),
    lambda m: m.uuid5(m.NAMESPACE_DNS, 5),
    lambda m: (m.RESERVED_NCS, m.RFC_4122, m.RESERVED_MICROSOFT, m.RESERVED_FUTURE),
    lambda m: [str(m.NAMESPACE_DNS), str(m.NAMESPACE_URL), str(m.NAMESPACE_OID), str(m.NAMESPACE_X500)],
]


@pytest.mark.parametrize("case", CASES)
def test_errors_and_protocols_like_cpython(case):
    same(case, U, uuid)


def test_random_uuids_properties():
    seen = set()
    for _ in range(200):
        u = U.uuid4()
        assert u.version == 4 and u.variant == U.RFC_4122
        assert U.UUID(str(u)) == u
        seen.add(u)
    assert len(seen) == 200
    a, b = U.uuid1(), U.uuid1()
    assert a.version == 1 and a.variant == U.RFC_4122 and a.node == b.node == U.getnode()
    assert a.node & (1 << 40)  # the multicast bit: not a hardware address
    assert b.time > a.time
    assert U.uuid1(node=5, clock_seq=0x1234).fields[3:] == (0x12 | 0x80, 0x34, 5)


SECRETS_CASES = [
    lambda m: len(m.token_bytes()),
    lambda m: len(m.token_bytes(5)),
    lambda m: m.token_bytes(0),
    lambda m: m.token_bytes(-1),
    lambda m: len(m.token_hex()),
    lambda m: len(m.token_hex(7)),
    lambda m: len(m.token_urlsafe()),
    lambda m: len(m.token_urlsafe(7)),
    lambda m: m.randbelow(0),
    lambda m: m.randbelow(-3),
    lambda m: m.randbelow(1),
    lambda m: m.randbits(0),
    lambda m: m.randbits(-1),
    lambda m: m.choice([]),
    lambda m: m.choice("a"),
    lambda m: m.compare_digest(b"a", b"a"),
    lambda m: m.compare_digest("a", b"a"),
    lambda m: m.SystemRandom().getstate(),
    lambda m: m.SystemRandom(5).seed(3),
    lambda m: m.SystemRandom().randint(4, 4),
    lambda m: m.SystemRandom().getrandbits(-1),
    lambda m: m.DEFAULT_ENTROPY,
]


@pytest.mark.parametrize("case", SECRETS_CASES)
def test_secrets_like_cpython(case):
    same(case, S, secrets)


def test_secrets_ranges():
    assert all(0 <= S.randbelow(7) < 7 for _ in range(300))
    assert {S.randbelow(3) for _ in range(300)} == {0, 1, 2}
    assert all(S.randbits(5) < 32 for _ in range(100))
    assert all(c in "0123456789abcdef" for c in S.token_hex(64))
    assert set(S.token_urlsafe(300)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    r = S.SystemRandom()
    assert all(0.0 <= r.random() < 1.0 for _ in range(100))
    assert len(set(S.token_bytes(16) for _ in range(50))) == 50


def test_clock_generator_fallback():
    # the source a Xen guest gets (no os.urandom): distinct, sized output
    g = S._ClockGenerator()
    outs = [g.read(n) for n in (0, 1, 63, 64, 65, 200)]
    assert [len(o) for o in outs] == [0, 1, 63, 64, 65, 200]
    assert len({g.read(16) for _ in range(100)}) == 100


def test_on_xenlet(xenlet_cmd, tmp_path):
    ints = _ints()[:60]
    src = f"""
import uuid, secrets
for i in {ints!r}:
    u = uuid.UUID(int=i)
    print(u, repr(u), u.hex, u.bytes.hex(), u.bytes_le.hex(), u.fields, u.time, u.clock_seq, u.node,
          u.urn, u.variant, u.version, uuid.UUID(str(u)) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    for name in ("", "python.org", "http://example.com/é", "名前" * 40):
        print(uuid.uuid3(ns, name), uuid.uuid5(ns, name))
us = [uuid.uuid4() for _ in range(100)]
print(all(u.version == 4 and u.variant == uuid.RFC_4122 for u in us), len(set(us)))
print(len(secrets.token_bytes()), len(secrets.token_hex(5)), len(secrets.token_urlsafe(9)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(100)), secrets.randbits(3) < 8)
g = secrets._ClockGenerator()
print(len({{g.read(16) for _ in range(50)}}), len(g.read(100)))
"""
    prog = tmp_path / "prog.py"
    prog.write_text(src, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.run([*xenlet_cmd, prog.name], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    want = []
    for i in ints:
        u = uuid.UUID(int=i)
        want.append(" ".join(map(str, [u, repr(u), u.hex, u.bytes.hex(), u.bytes_le.hex(), u.fields, u.time,
                                       u.clock_seq, u.node, u.urn, u.variant, u.version, True, True])))
    for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
        for name in ("", "python.org", "http://example.com/é", "名前" * 40):
            want.append(f"{uuid.uuid3(ns, name)} {uuid.uuid5(ns, name)}")
    want += ["True 100", "32 10 12", "True True", "50 100"]
    assert proc.stdout.splitlines() == want
