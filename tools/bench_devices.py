# SPDX-License-Identifier: MIT
"""Block device throughput of a xenlet guest on the real Xen of the test bed.

    python3 tools/bench_devices.py [--mib 4] [--chunk-kib 64] [--runs 3]

Builds a guest that reads the whole of a disk (a file on a dom0 loop
device, served by blkback) in chunks, then writes it back, flushes,
and prints the rates; boots the test bed once for all runs and prints a
Markdown table (docs/xen-devices.md).  Numbers are under QEMU's software
emulation (TCG), nested: a baseline, not a measure of Xen."""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from freeze.boot import build_guest
from freeze.xlcfg import render_xl_config
from tools.xen_testbed import Scenario, run_scenarios

GUEST = """
import sys
import time
import xen.block

chunk = int(sys.argv[1]) * 1024
d = xen.block.open("xvda")
total = d.sectors * d.sector_size
n = chunk // d.sector_size
buf = bytearray(chunk)
t0 = time.monotonic()
for s in range(0, d.sectors, n):
    d.readinto(s, buf)
t1 = time.monotonic()
for s in range(0, d.sectors, n):
    d.write(s, buf)
d.flush()
t2 = time.monotonic()
mb = total / 1e6
print("BENCH read %.3f write %.3f MB/s" % (mb / (t1 - t0), mb / (t2 - t1)))
d.close()
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mib", type=int, default=4, help="disk size (MiB)")
    ap.add_argument(
        "--chunk-kib", type=int, default=64, help="bytes per read/write call (KiB)"
    )
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    out = REPO / "build" / "bench-devices"
    out.mkdir(parents=True, exist_ok=True)
    app = out / "benchblk.py"
    app.write_text(GUEST)
    disk = out / "bench.img"
    disk.write_bytes(bytes(args.mib << 20))
    hotplug = REPO / "tests" / "xen_devices" / "blk-hotplug.sh"
    build_guest(app, (str(args.chunk_kib),), name="benchblk", out_dir=out)
    cfg = render_xl_config(
        "benchblk", (out / "benchblk.xen").resolve(), 16, cmdline=str(args.chunk_kib)
    )
    # the disk as tests/xen_devices does it: a file on a dom0 loop device,
    # hotplugged by blk-hotplug.sh (Xen's block script hangs in this dom0)
    cfg += 'disk = ["format=raw,vdev=xvda,access=rw,script=/xenlet-disks/blk-hotplug,target=/dev/loop5"]\n'
    setup = (
        "chmod +x /xenlet-disks/blk-hotplug; cp /xenlet-disks/bench.img /tmp/\n"
        "losetup -d /dev/loop5 2>/dev/null; losetup /dev/loop5 /tmp/bench.img\n"
    )
    files = {"/xenlet-disks/bench.img": disk, "/xenlet-disks/blk-hotplug": hotplug}
    scenarios = [
        Scenario(
            f"bench-blk-{i}",
            out / "benchblk.xen",
            cfg,
            expect=("BENCH",),
            max_runtime=600.0,
            setup=setup,
            after="losetup -d /dev/loop5\n",
            files=files,
        )
        for i in range(args.runs)
    ]
    verdicts = run_scenarios(scenarios, timeout=300 + 700 * args.runs)
    reads, writes = [], []
    for v in verdicts:
        m = re.search(r"BENCH read ([\d.]+) write ([\d.]+)", v.console)
        if not m:
            print(f"{v.name}: {v.summary()}\n{v.console}", file=sys.stderr)
            continue
        reads.append(float(m.group(1)))
        writes.append(float(m.group(2)))
    if not reads:
        return 1
    print(
        f"blkfront, {args.mib} MiB disk, {args.chunk_kib} KiB per call, {len(reads)} runs\n"
    )
    print("| | median MB/s | runs |")
    print("|---|---:|---|")
    print(
        f"| read | {statistics.median(reads):.3f} | {', '.join(f'{r:.3f}' for r in reads)} |"
    )
    print(
        f"| write + flush | {statistics.median(writes):.3f} | {', '.join(f'{w:.3f}' for w in writes)} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
