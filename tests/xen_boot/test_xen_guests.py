# SPDX-License-Identifier: MIT
# Real Xen: freeze-and-boot guests started by `xl create` in the test bed
# (tools/xen_testbed; every scenario of the session shares one Xen boot).
#
# Each scenario's image is built by its `prepare` step with freeze/boot.py
# into build/xen-boot-tests/, with the xl config freeze-and-boot writes.
# Expected console text comes from CPython running the same program (or,
# for the platform's own lines, from xen/README.md's conventions).
# XENLET_SKIP_XEN=1 skips these.
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from freeze.boot import build_guest, xen_exit_status
from freeze.xlcfg import render_xl_config
from tools.xen_testbed import Scenario, Verdict

OUT = REPO / "build" / "xen-boot-tests"
GUESTS = Path(__file__).resolve().parent / "guests"
HOST_T0 = time.time()  # before the boot: the guest's clock must be later


def _cpython(program: Path, *args: str) -> tuple[str, str, int]:
    p = subprocess.run([sys.executable, str(program), *args], capture_output=True,
                       text=True, timeout=60)
    return p.stdout, p.stderr, p.returncode


def _scenario(name: str, program: Path, expect: tuple[str, ...], shutdown: str,
              args: tuple[str, ...] = ()) -> Scenario:
    """A scenario booting program as built by freeze-and-boot."""
    image = OUT / f"{name}.xen"

    def prepare() -> None:
        build_guest(program, args, name=name, out_dir=OUT)

    # The config as freeze-and-boot writes it (the test bed points `kernel`
    # at its own copy of the image and forces every on_* to destroy).
    from freeze.boot import DEFAULT_MEMORY_MB, guest_cmdline

    cfg = render_xl_config(name, image.resolve(), DEFAULT_MEMORY_MB, cmdline=guest_cmdline(args))
    return Scenario(f"xen-boot-{name}", image, cfg, expect=expect, shutdown=shutdown,
                    max_runtime=60.0, prepare=prepare)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(ln for ln in text.splitlines() if ln.strip())


HELLO_OUT, _, _ = _cpython(REPO / "examples" / "hello.py", "from", "xen")
REPORT_OUT, _, _ = _cpython(REPO / "examples" / "report.py")
RAISES_OUT, RAISES_ERR, _ = _cpython(GUESTS / "raises.py")
EXIT3_OUT, _, _ = _cpython(GUESTS / "exit3.py")


def _ok(v: Verdict) -> None:
    assert v.ok, v.summary() + "\n--- console ---\n" + v.console + "\n--- tail ---\n" + v.serial_tail


@pytest.mark.xen_scenario(_scenario("hello", REPO / "examples" / "hello.py",
                                    _lines(HELLO_OUT), "poweroff", ("from", "xen")))
def test_hello_powers_off(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    assert xen_verdict.console.replace("\r\n", "\n") == HELLO_OUT
    assert xen_exit_status(xen_verdict.shutdown, xen_verdict.console) == 0


@pytest.mark.xen_scenario(_scenario(
    "raises", GUESTS / "raises.py",
    (*_lines(RAISES_OUT), "Traceback (most recent call last):", RAISES_ERR.splitlines()[-1],
     "[xenlet] exit status 1"), "crash"))
def test_uncaught_exception_prints_traceback_and_crashes(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    console = xen_verdict.console.replace("\r\n", "\n")
    # The traceback comes before the platform's status line, nothing lost.
    assert console.index("Traceback") < console.index("[xenlet] exit status 1")
    assert xen_exit_status(xen_verdict.shutdown, console) == 1


@pytest.mark.xen_scenario(_scenario("exit3", GUESTS / "exit3.py",
                                    (*_lines(EXIT3_OUT), "[xenlet] exit status 3"), "crash"))
def test_sys_exit_3(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    assert xen_exit_status(xen_verdict.shutdown, xen_verdict.console) == 3


@pytest.mark.xen_scenario(_scenario("sleeper", GUESTS / "sleeper.py", ("sleep ok",), "poweroff"))
def test_sleep(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    m = re.search(r"slept (\d+\.\d+)", xen_verdict.console)
    assert m and 0.5 <= float(m.group(1)) < 5.0, xen_verdict.console


@pytest.mark.xen_scenario(_scenario("wallclock", GUESTS / "wallclock.py", ("wall ",), "poweroff"))
def test_wall_clock_is_real_time(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    m = re.search(r"wall (\d+\.\d+)", xen_verdict.console)
    assert m, xen_verdict.console
    guest = float(m.group(1))
    # The guest ran between this module's import and now; allow the clock a
    # minute of slack either way (Xen's wall clock comes from the emulated
    # RTC, which QEMU sets from the host at start).
    assert HOST_T0 - 60 <= guest <= time.time() + 60, (HOST_T0, guest, time.time())
    assert f"year {time.gmtime(guest).tm_year}" in xen_verdict.console


@pytest.mark.xen_scenario(_scenario("report", REPO / "examples" / "report.py",
                                    _lines(REPORT_OUT), "poweroff"))
def test_heavier_example(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    assert xen_verdict.console.replace("\r\n", "\n") == REPORT_OUT
