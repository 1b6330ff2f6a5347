# SPDX-License-Identifier: MIT
# Xen devices on the real Xen of the test bed (tools/xen_testbed; every
# scenario of the session shares one Xen boot): xenstore and blkfront
# guests (tests/xen_devices/guests/) against dom0's xenstored and blkback.
# dom0's `during` script plays the other side (reads the key the guest
# wrote, fires its watch, logs the backend's states, compares the disk
# file with the expected writes).
# XENLET_SKIP_XEN=1 skips these.
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from freeze.boot import DEFAULT_MEMORY_MB, build_guest, guest_cmdline
from freeze.xlcfg import render_xl_config
from tools.xen_testbed import Scenario, Verdict

OUT = REPO / "build" / "xen-devices-tests"
GUESTS = Path(__file__).resolve().parent / "guests"
OUT.mkdir(parents=True, exist_ok=True)
SECTORS = 2048


def pattern(tag: str, first: int, count: int) -> bytes:
    return b"".join(f"{tag}{s:07d}".encode() * 64 for s in range(first, first + count))


# The writes blk.py makes on xvda (first sector, count): the file must end
# as the initial pattern with exactly these sectors replaced.
WRITES = [(3, 5), (100, 150), (1500, 1), (SECTORS - 2, 2)]
DISK_A = OUT / "blk-a.img"
DISK_B = OUT / "blk-b.img"
DISK_A.write_bytes(pattern("S", 0, SECTORS))  # xvda before the run
DISK_B.write_bytes(pattern("R", 0, 128))


def expected_a() -> bytes:
    data = bytearray(pattern("S", 0, SECTORS))
    for first, n in WRITES:
        data[first * 512 : (first + n) * 512] = pattern("W", first, n)
    return bytes(data)


def _scenario(
    name: str, program: Path, expect: tuple[str, ...], disks: tuple[str, ...] = (),
    args: tuple[str, ...] = (), **kw
) -> Scenario:
    image = OUT / f"{name}.xen"

    def prepare() -> None:
        build_guest(program, args, name=name, out_dir=OUT)

    cfg = render_xl_config(name, image.resolve(), DEFAULT_MEMORY_MB, cmdline=guest_cmdline(args))
    if disks:
        cfg += "disk = [" + ", ".join(f'"{d}"' for d in disks) + "]\n"
    return Scenario(
        f"xen-dev-{name}",
        image,
        cfg,
        expect=expect,
        shutdown="poweroff",
        max_runtime=240.0,
        prepare=prepare,
        **kw,
    )


def _ok(v: Verdict) -> None:
    assert v.ok, (
        v.summary()
        + "\n--- console ---\n"
        + v.console
        + "\n--- during ---\n"
        + v.during_output
        + "\n--- after ---\n"
        + v.after_output
        + "\n--- tail ---\n"
        + v.serial_tail
    )


XS_DURING = """
for i in $(seq 1 600); do
    [ "$(xenstore-read /local/domain/$DOMID/data/ready 2>/dev/null)" = 1 ] && break
    usleep 200000
done
echo "dom0 sees: name $DOMNAME domid $DOMID"
echo "dom0 read: $(xenstore-read /local/domain/$DOMID/data/xenlet)"
echo "dom0 read copy: $(xenstore-read /local/domain/$DOMID/data/xenlet-copy)"
xenstore-write /local/domain/$DOMID/data/poke fired-by-dom0
"""


@pytest.mark.xen_scenario(
    _scenario(
        "xs",
        GUESTS / "xs.py",
        (
            "read back hello-from-guest",
            "ls has xenlet True",
            "absent: ENOENT 2",
            "default dflt",
            "dom0 key: EACCES",
            "transaction hello-from-guest hello-from-guest-copied",
            "rm gone False",
            "armed data/poke",
            "nothing yet None",
            "woke on data/poke value fired-by-dom0",
            "granted 2", "close twice: close: port",
            "double end:",
            "xs ok",
        ),
        during=XS_DURING,
        expect_during=(
            "dom0 read: hello-from-guest",
            "dom0 read copy: hello-from-guest-copied",
        ),
    )
)
def test_xenstore(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    # the guest's own name and domid, as dom0 knows them (the test bed
    # prefixes domain names with the scenario's number)
    name = re.search(r"^name (\S+)$", xen_verdict.console, re.MULTILINE)
    domid = re.search(r"^domid (\d+)$", xen_verdict.console, re.MULTILINE)
    assert name and domid, xen_verdict.console
    assert (
        f"dom0 sees: name {name.group(1)} domid {domid.group(1)}"
        in xen_verdict.during_output
    )


# dom0 watches xvda's backend state: when it sees Connected (4), and later
# Closed (6), it says so on its output and in the guest's xenstore home
# (data/dom0-saw), which the guest (run with "observed") waits for before
# going on: dom0 sees both states however fast or slow either side runs.
BLK_DURING = """
be=/local/domain/0/backend/vbd/$DOMID/51712/state
want=4
for i in $(seq 1 2400); do
    s=$(xenstore-read $be 2>/dev/null)
    if [ "$s" = "$want" ]; then
        echo "dom0 saw vbd-51712=$s"
        xenstore-write /local/domain/$DOMID/data/dom0-saw $s
        [ "$want" = 6 ] && exit 0
        want=6
    fi
    usleep 50000
done
echo "dom0 gave up waiting for state $want"
"""

# The disks are host files shipped into dom0, copied to its /tmp and put
# on loop devices by setup (read-only for xvdb); after the run dom0 compares
# xvda's file with the expected writes.  Hotplug is tests/xen_devices/
# blk-hotplug.sh (Xen's block script hangs in this dom0: its lock loop).
HOTPLUG = "/xenlet-disks/blk-hotplug"
DISK_FILES = {
    "/xenlet-disks/blk-a.img": DISK_A,
    "/xenlet-disks/blk-b.img": DISK_B,
    "/xenlet-disks/blk-a.expect": OUT / "blk-a.expect",
    HOTPLUG: Path(__file__).resolve().parent / "blk-hotplug.sh",
}
(OUT / "blk-a.expect").write_bytes(expected_a())
BLK_SETUP = """
chmod +x /xenlet-disks/blk-hotplug
cp /xenlet-disks/blk-a.img /xenlet-disks/blk-b.img /tmp/
losetup -d /dev/loop6 2>/dev/null; losetup -d /dev/loop7 2>/dev/null
losetup /dev/loop6 /tmp/blk-a.img && losetup -r /dev/loop7 /tmp/blk-b.img
"""
BLK_AFTER = """
losetup -d /dev/loop6; losetup -d /dev/loop7
if cmp /tmp/blk-a.img /xenlet-disks/blk-a.expect; then echo DISK-MATCH
else cmp -l /tmp/blk-a.img /xenlet-disks/blk-a.expect | head -n 5; fi
cmp /tmp/blk-b.img /xenlet-disks/blk-b.img && echo RO-UNCHANGED
"""
XVDA = f"format=raw,vdev=xvda,access=rw,script={HOTPLUG},target=/dev/loop6"
XVDB = f"format=raw,vdev=xvdb,access=ro,script={HOTPLUG},target=/dev/loop7"
RW_EXPECT = (
    "disks ['xvda']",
    f"xvda 512 {SECTORS} False flush True",
    "pattern ok True",
    "odd read ok True",
    "readinto ok True",
    "readback ok True",
    "neighbours ok True",
    "read past end refused",
    "write past end refused",
    "partial sector refused",
    "no disk: no disk 'xvdz'",
    "xvda closed, backend state 6",
    "blk ok",
)


@pytest.mark.xen_scenario(
    _scenario(
        "blk",
        GUESTS / "blk.py",
        RW_EXPECT,
        disks=(XVDA,),
        files=DISK_FILES,
        setup=BLK_SETUP,
        during=BLK_DURING,
        args=("observed",),
        after=BLK_AFTER,
        expect_during=("dom0 saw vbd-51712=4", "dom0 saw vbd-51712=6"),
        expect_after=("DISK-MATCH",),
    )
)
def test_blkfront(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    m = re.search(r"bench read ([\d.]+) MB/s write ([\d.]+) MB/s", xen_verdict.console)
    assert m, xen_verdict.console


@pytest.mark.xen_scenario(
    _scenario(
        "blk2",
        GUESTS / "blk.py",
        (
            "disks ['xvda', 'xvdb']",
            *RW_EXPECT[1:],
            "xvdb 512 128 True",
            "xvdb first b'R0000000'",
            "ro write refused: 30",
        ),
        disks=(XVDA, XVDB),
        files=DISK_FILES,
        setup=BLK_SETUP,
        after=BLK_AFTER,
        expect_after=("DISK-MATCH", "RO-UNCHANGED"),
    )
)
def test_blkfront_two_disks_one_read_only(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)


# A backend that never connects: the hotplug script reports success but
# gives blkback no device, so it stays in InitWait.
STALL = OUT / "blk-hotplug-stall.sh"
STALL.write_text(
    '#!/bin/sh\n[ "$1" = add ] && xenstore-write "$XENBUS_PATH/hotplug-status" connected\nexit 0\n'
)


@pytest.mark.xen_scenario(
    _scenario(
        "faults",
        GUESTS / "faults.py",
        (
            "never connects:",
            "device/vbd/51712: backend /local/domain/0/backend/vbd/",
            "did not reach Connected within 8 s (state InitWait)",
            "path ok True",
            "bounded True",
            "no disk: no disk 5 (this guest has: xvda)",
            "faults ok",
        ),
        disks=(
            "format=raw,vdev=xvda,access=rw,script=/xenlet-disks/blk-hotplug-stall,target=/dev/loop6",
        ),
        files={"/xenlet-disks/blk-hotplug-stall": STALL},
        setup="chmod +x /xenlet-disks/blk-hotplug-stall\n",
    )
)
def test_backend_never_connects(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
