# SPDX-License-Identifier: MIT
"""Measure xenlet guests: image size and its breakdown, boot time, and the
smallest memory an app runs in.  Prints tables (markdown, for docs/xen.md).

    python3 tools/bench_boot.py [--no-xen] [--runs N]

1. Size of examples/hello.py's image: per section, per object file or
   archive member (from ld's link map of the same link freeze/link.py
   does), and the largest symbols.
2. Boot time from the PVH entry to the first output byte, measured in the
   guest with the TSC (platform built with -DXENLET_BOOT_TIMING, which
   prints `[boot] N cycles M us ...`): N QEMU direct boots, and one boot
   under Xen in the test bed.
3. Smallest --memory (MiB) at which hello and examples/report.py still
   print their full output: bisection with QEMU direct boots; under Xen a
   sweep of sizes in a single test-bed boot (a Xen boot costs a minute).
"""

from __future__ import annotations

import argparse
import collections
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from freeze.boot import (
    Guest,
    RunError,
    boot_qemu,
    build_guest,
    build_libs,
    method_names,
    natives_object,
)
from freeze.deps import collect
from freeze.link import link_image, syms_path

HELLO = REPO / "examples" / "hello.py"
REPORT = REPO / "examples" / "report.py"
OUT = REPO / "build" / "bench-boot"


def table(headers: list[str], rows: list[list[object]]) -> str:
    out = ["| " + " | ".join(headers) + " |",
           "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def _kind(section: str) -> str | None:
    for k in ("text", "rodata", "data", "bss"):
        if section.startswith("." + k):
            return k
    if section.startswith((".note.Xen", ".xlmeth.")):
        return "rodata"
    if section.startswith(".hypercall_page"):
        return "bss"  # zero-filled by the loader, like .bss
    return None


def link_map(guest: Guest) -> str:
    """Relink the guest as build_guest does (freeze/link.py), with -Map."""
    libs = build_libs()
    table_obj = natives_object(guest.natives)
    modules = collect(guest.app)
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "app.img"
        blob.write_bytes(guest.blob)
        mapfile = Path(tmp) / "app.map"
        link_image(blob, Path(tmp) / "app.xen", [str(table_obj)], [str(p) for p in libs],
                   name="bench", methods=method_names(modules), map_file=mapfile)
        return mapfile.read_text()


def by_object(map_text: str) -> dict[str, collections.Counter[str]]:
    """Bytes per input (object or archive member) per kind, from a GNU ld
    map: input sections are lines ` .name  0xADDR  0xSIZE  file`, the
    name on its own line when it is long."""
    sizes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    pending = None
    started = False
    for line in map_text.splitlines():
        if line.startswith("Linker script and memory map"):
            started = True
            continue
        if not started:
            continue
        m = re.match(r"^ (\.\S+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S+)$", line)
        if m:
            sec, size, src = m.group(1), int(m.group(2), 16), m.group(3)
        else:
            m1 = re.match(r"^ (\.\S+)$", line)
            if m1:
                pending = m1.group(1)
                continue
            m2 = re.match(r"^\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S+)$", line)
            if not (m2 and pending):
                pending = None
                continue
            sec, size, src = pending, int(m2.group(1), 16), m2.group(2)
            pending = None
        kind = _kind(sec)
        if kind is None or size == 0:
            continue
        src = re.sub(r"^.*/", "", src)
        if src.startswith("libc.a("):
            src = "musl libc.a"
        sizes[src][kind] += size
    return sizes


def size_tables(guest: Guest) -> str:
    rep = guest.report
    secs = rep.sections
    rows = [[name, f"{size:,}"] for name, size in secs.items()]
    rows.append(["loaded from the file (PT_LOAD file sizes)", f"{guest.load_size:,}"])
    rows.append(["image file", f"{guest.file_size:,}"])
    parts = [f"hello image: {guest.image.relative_to(REPO)}",
             table(["section", "bytes"], rows)]
    objs = by_object(link_map(guest))
    orows = sorted(objs.items(), key=lambda kv: -(kv[1]["text"] + kv[1]["rodata"] + kv[1]["data"]))
    parts.append(table(["object / archive member", "text", "rodata", "data", "bss"],
                       [[name, c["text"], c["rodata"], c["data"], c["bss"]]
                        for name, c in orows]))
    nm = subprocess.run(["nm", "--size-sort", "-S", "-r", str(syms_path(guest.image))],
                        capture_output=True, text=True, check=True).stdout
    syms = []
    for line in nm.splitlines():
        f = line.split()
        if len(f) == 4 and f[2].lower() in "trd":
            syms.append([f[3], f[2], int(f[1], 16)])
        if len(syms) == 15:
            break
    parts.append(table(["largest symbols (text/rodata/data)", "type", "bytes"], syms))
    return "\n\n".join(parts)


_BOOT = re.compile(r"\[boot\] (\d+) cycles(?: (\d+) us)?")


def host_mhz() -> float | None:
    """The host CPU's clock from /proc/cpuinfo.  Under TCG the guest's
    RDTSC reads the host's TSC, so cycles / this is roughly the time (the
    bare platform has no calibrated clock to convert with itself)."""
    try:
        m = re.search(r"^cpu MHz\s*:\s*([\d.]+)", Path("/proc/cpuinfo").read_text(), re.MULTILINE)
    except OSError:
        return None
    return float(m.group(1)) if m else None


def qemu_boot_times(runs: int) -> str:
    g = build_guest(HELLO, out_dir=OUT / "timing", timing=True)
    rows = []
    us: list[float] = []
    mhz = host_mhz()
    for i in range(runs):
        text, status = boot_qemu(g)
        m = _BOOT.search(text)
        if not m or status != 0:
            raise RunError(f"no boot timing line / status {status}: {text!r}")
        cycles = int(m.group(1))
        est = int(m.group(2)) if m.group(2) else (cycles / mhz if mhz else None)
        rows.append([i + 1, f"{cycles:,}", f"{est:,.0f}" if est is not None else "?"])
        if est is not None:
            us.append(est)
    med = f"median {statistics.median(us) / 1000:.1f} ms" if us else ""
    note = "" if not mhz else f" (us = cycles / host {mhz:.0f} MHz)"
    return (f"QEMU direct boot (TCG), hello, {med}{note}\n\n"
            + table(["run", "cycles", "us"], rows))


def _ok_output(program: Path, text: str) -> bool:
    want = subprocess.run([sys.executable, str(program)], capture_output=True,
                          text=True).stdout
    return text.replace("\r\n", "\n") == want


def smallest_qemu_memory(program: Path) -> int:
    """Bisection on MiB between a size that fails (or 1) and one that works."""
    g = build_guest(program, out_dir=OUT / "mem")

    def works(mb: int) -> bool:
        try:
            text, status = boot_qemu(g, memory_mb=mb, timeout=60)
        except RunError:
            return False
        return status == 0 and _ok_output(program, text)

    lo, hi = 0, 64  # lo fails (by definition), hi works
    if not works(hi):
        raise RunError(f"{program.name} does not run in {hi} MiB")
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid >= 1 and works(mid):
            hi = mid
        else:
            lo = mid
    return hi


def xen_runs(sizes: list[int]) -> str:
    """One test-bed boot: the timing hello guest, and hello/report at each
    memory size; the smallest size each printed its output and powered off."""
    from freeze.boot import guest_cmdline
    from freeze.xlcfg import render_xl_config
    from tools.xen_testbed import Scenario, run_scenarios

    timing = build_guest(HELLO, out_dir=OUT / "xen", name="hello-timing", timing=True)
    scenarios = [Scenario("bench-timing", timing.image, timing.config.read_text(),
                          expect=("[boot] ",))]
    for prog in (HELLO, REPORT):
        g = build_guest(prog, out_dir=OUT / "xen")
        want = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True).stdout
        for mb in sizes:
            cfg = render_xl_config(g.name, g.image, mb, cmdline=guest_cmdline([]))
            scenarios.append(Scenario(f"bench-{g.name}-{mb}", g.image, cfg,
                                      expect=tuple(ln for ln in want.splitlines() if ln)))
    verdicts = run_scenarios(scenarios, timeout=600)
    tv = verdicts[0]
    m = _BOOT.search(tv.console)
    lines = [f"Xen boot time, hello: {m.group(0) if m else 'no timing line: ' + tv.summary()}"]
    rows = []
    for prog in ("hello", "report"):
        ok = [int(v.name.rsplit("-", 1)[1]) for v in verdicts
              if v.name.startswith(f"bench-{prog}-") and v.ok]
        rows.append([prog, min(ok) if ok else "none of " + str(sizes),
                     ", ".join(f"{v.name.rsplit('-', 1)[1]}:{v.result}" for v in verdicts
                               if v.name.startswith(f"bench-{prog}-"))])
    lines.append(table(["app (Xen)", "smallest MiB", "per size"], rows))
    return "\n\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-xen", action="store_true", help="skip the real-Xen boot")
    ap.add_argument("--runs", type=int, default=5, help="QEMU boots for the timing")
    a = ap.parse_args()
    hello = build_guest(HELLO, out_dir=OUT)
    print("## Image size\n")
    print(size_tables(hello))
    print("\n## Boot time (PVH entry to first output byte, TSC in the guest)\n")
    print(qemu_boot_times(a.runs))
    print("\n## Smallest memory\n")
    rows = [[p.name, smallest_qemu_memory(p)] for p in (HELLO, REPORT)]
    print(table(["app (QEMU direct boot)", "smallest MiB"], rows))
    if not a.no_xen:
        print("\n## Under Xen (one test-bed boot)\n")
        print(xen_runs([2, 3, 4, 5, 6, 8]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
