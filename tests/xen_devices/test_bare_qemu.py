# SPDX-License-Identifier: MIT
# An image that imports xen, booted in QEMU without Xen: the package loads,
# device calls raise OSError ENODEV with a clear message, buffers still work
# (page-aligned heap memory), bad grants are refused before any hypercall.
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from freeze.boot import boot_qemu, build_guest

OUT = REPO / "build" / "xen-devices-tests"


def test_xen_package_without_xen() -> None:
    guest = build_guest(
        Path(__file__).parent / "guests" / "bare.py", name="bare", out_dir=OUT
    )
    assert "_xen" in guest.natives and "_blkif" not in guest.natives
    console, status = boot_qemu(guest, timeout=120)
    console = console.replace("\r\n", "\n")
    assert status == 0, console
    for line in (
        "present False",
        "store: OSError 19 xen: not running under Xen (no xenstore)",
        "evtchn: 19 xen: not running under Xen",
        "buffer 8192 0 False",
        "b'abcd'",
        "poll False",
        "grant: grant: the buffer must be one page-aligned page",
        "bare ok",
    ):
        assert line in console, console
