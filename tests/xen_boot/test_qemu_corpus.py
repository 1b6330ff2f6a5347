# SPDX-License-Identifier: MIT
# The differential corpus (tests/programs/, selected as tests/test_programs.py
# selects it) booted as PVH guests in QEMU direct boot, compared with the
# same VM run as a Linux process.
#
# The guest console merges stdout and stderr, so the reference is the Linux
# VM's stdout and stderr captured through one pipe: both platforms receive
# the same sequence of port_write calls from the same VM core, so the merged
# text must match byte for byte (after the serial line's CR LF -> LF), and
# the exit status too (reported through QEMU's isa-debug-exit).
#
# Skipped, with the reason in the skip message: programs that use files
# (the Xen platform has none: port_open is PORT_UNSUPPORTED), and those
# whose arguments the guest command line cannot carry (newlines, both quote
# kinds; xen/start.c).  Programs with a .stdin get it through the serial
# port, followed by Ctrl-D (the platform's end of input).
#
# Each image is linked from the VM archive built once per session (ld only),
# so a test costs one link and one QEMU boot (~1-2 s).
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from test_programs import Program, discover

from freeze.boot import ConfigError, boot_qemu, build_guest, build_libs, guest_cmdline
from freeze.errors import FreezeError

BOOT_TIMEOUT_S = 90.0
LINUX_TIMEOUT_S = 30.0

# A call of the builtin open(), not a method named open.
_OPEN = re.compile(r"(?<![.\w])open\(")


def skip_reason(prog: Program) -> str | None:
    """Why a corpus program cannot run as a guest, or None."""
    files = list(prog.case_dir.rglob("*.py")) if prog.case_dir else [prog.script]
    for f in files:
        src = f.read_text(encoding="utf-8")
        if _OPEN.search(src) or "tempfile" in src or re.search(r"^\s*import os\b", src, re.MULTILINE):
            return "uses files (the Xen platform has none)"
    try:
        guest_cmdline(prog.args)
    except ConfigError as e:
        return f"arguments the guest command line cannot carry: {e}"
    return None


ALL = discover()

# Programs whose guest output legitimately differs from the Linux VM's.
DIVERGENT = {
    # musl's libm (guest) and glibc's (Linux VM) differ in the last bit of
    # cbrt, atanh... (shared DESIGN.md, "Freestanding C library on Xen").
    "stdlib/xm_math_basic": "glibc and musl libm differ in the last bit",
    # A VM bug on both platforms, failing differently: sys.version_info.major
    # raises MemoryError on Linux, RecursionError in the guest.
    "stdlib/errno_gc_sys": "VM bug: sys.version_info.major fails (both platforms)",
}

# Object addresses (default reprs) differ between a process and a guest.
_ADDR = re.compile(r"0x[0-9a-f]{4,16}")


@pytest.fixture(scope="session")
def xen_libs() -> list[Path]:
    """The guest's VM and platform archives, built (or found current) once."""
    return build_libs()


def linux_merged(prog: Program) -> tuple[str, int]:
    """The Linux VM's stdout+stderr through one pipe, and its exit status."""
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "freeze", "run", prog.script.name, *prog.args],
        cwd=prog.script.parent, input=prog.stdin, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, timeout=LINUX_TIMEOUT_S, env=env)
    return proc.stdout.decode("utf-8", "replace"), proc.returncode


def _name(prog: Program) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "-", prog.id)


@pytest.mark.parametrize("prog", ALL, ids=[p.id for p in ALL])
def test_corpus_on_pvh(prog: Program, xen_libs: list[Path], tmp_path: Path) -> None:
    if prog.id in DIVERGENT:
        pytest.xfail(DIVERGENT[prog.id])
    reason = skip_reason(prog)
    if reason:
        pytest.skip(reason)
    want, want_status = linux_merged(prog)
    if want_status < 0:
        pytest.skip(f"the Linux VM itself died (signal {-want_status})")
    try:
        # 512 MiB: some programs hold much more data than the default guest
        # (the Linux VM they are compared with has a 1 GiB heap)
        guest = build_guest(prog.script, prog.args, name=_name(prog), out_dir=tmp_path,
                            argv0=prog.script.name, libs=xen_libs, write_config=False, memory_mb=512)
    except FreezeError as e:
        # Rejected by the freezer: no guest, the same message as `xenlet run`.
        assert want_status == 2 and str(e) in want, (want_status, want, str(e))
        return
    stdin = prog.stdin + b"\x04" if prog.stdin else b""
    got, status = boot_qemu(guest, timeout=BOOT_TIMEOUT_S, stdin=stdin)
    want, got = _ADDR.sub("0xADDR", want), _ADDR.sub("0xADDR", got)
    problems = []
    if got != want:
        import difflib

        diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                            "linux", "pvh"))
        problems.append(f"console differs:\n{diff}")
    # QEMU's isa-debug-exit carries 7 bits: statuses above 127 arrive as 127
    if status != want_status and not (want_status > 127 and status == 127):
        problems.append(f"exit status: linux {want_status}, pvh {status}")
    if problems:
        pytest.fail(f"{prog.id}:\n" + "\n".join(problems), pytrace=False)


def test_corpus_selection_is_large() -> None:
    """Most of the corpus runs as guests; only a few programs are skipped."""
    skipped = [p.id for p in ALL if skip_reason(p)]
    assert len(ALL) >= 100
    assert len(skipped) <= len(ALL) // 10, skipped
