# SPDX-License-Identifier: MIT
"""The Xen platform as a PVH guest of a real Xen (the test bed in
tools/xen_testbed: Xen 4.17 + dom0 in QEMU, one boot for the session).

These cover what bare QEMU cannot: the hypercall page, the PV console ring
and its flush before SCHEDOP_shutdown (poweroff for status 0, crash
otherwise), pvclock time and SCHEDOP_poll waits, and fault reports going
out through the ring.  Set XENLET_SKIP_XEN=1 to skip them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from freeze.xlcfg import render_xl_config
from tools.xen_testbed.scenario import Scenario, Unavailable, Verdict

ROOT = Path(__file__).resolve().parents[2]
HELLO = ROOT / "build" / "xen" / "hello.xen"
FAULT = ROOT / "build" / "xen" / "fault.xen"
TIMING = ROOT / "build" / "xen-timing" / "hello.xen"


def _make(*args: str) -> None:
    res = subprocess.run(["make", "-s", "-f", "xen/xen.mk", *args], cwd=ROOT,
                         capture_output=True, text=True)
    if res.returncode != 0:
        raise Unavailable(f"make {' '.join(args)} failed: {res.stderr}")


def _build() -> None:
    _make("hello", "fault")
    _make("hello", "XEN_BUILD=build/xen-timing", "XEN_EXTRA_CFLAGS=-DXENLET_BOOT_TIMING")


def _scenario(name: str, image: Path, cmdline: str, expect: tuple[str, ...],
              shutdown: str) -> Scenario:
    # The test bed rewrites name, kernel and on_* actions; memory is ours.
    cfg = render_xl_config("placeholder", "/placeholder.xen", 16, cmdline)
    return Scenario(f"xen-platform-{name}", image, cfg, expect=expect, shutdown=shutdown,
                    prepare=_build)


def _check(v: Verdict) -> None:
    assert v.ok, f"{v.summary()}\n--- console ---\n{v.console}\n--- xl ---\n{v.xl_log}"


@pytest.mark.xen_scenario(_scenario(
    "hello0", HELLO, "0 'two words'",
    ("hello from xen\nargv[0] = 'hello'\nargv[1] = '0'\nargv[2] = 'two words'\n",
     "errno after overflow: ERANGE\n", "exit: 0\n"),
    "poweroff"))
def test_hello_poweroff(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    line = next(x for x in xen_verdict.console.splitlines() if x.startswith("libc: "))
    assert line == "libc: %.17g %g %e %s %.3f" % (0.1, float("1e-320"), 12345.678, "ok", 2 ** 0.5)
    slept = next(x for x in xen_verdict.console.splitlines() if x.startswith("slept: "))
    assert int(slept.split()[1]) >= 10_000_000


@pytest.mark.xen_scenario(_scenario("hello3", HELLO, "3", ("exit: 3\n", "[xenlet] exit status 3\n"),
                                    "crash"))
def test_hello_nonzero_status_is_crash(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    assert xen_verdict.console.endswith("[xenlet] exit status 3\n")


@pytest.mark.xen_scenario(_scenario("timing", TIMING, "", ("[boot] ", " us from entry to first output\n"),
                                    "poweroff"))
def test_boot_timing(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    first = xen_verdict.console.splitlines()[0].split()
    assert first[0] == "[boot]" and first[1].isdigit() and first[3].isdigit()


@pytest.mark.xen_scenario(_scenario("stack", FAULT, "stack",
                                    ("stack overflow (C stack guard page)\n",
                                     "traceback placeholder: fault test\n"), "crash"))
def test_stack_overflow_report(xen_verdict: Verdict) -> None:
    _check(xen_verdict)


@pytest.mark.xen_scenario(_scenario("nested", FAULT, "nested",
                                    ("null pointer access\n", "*** fault while reporting a fault"),
                                    "crash"))
def test_nested_fault_stops(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
