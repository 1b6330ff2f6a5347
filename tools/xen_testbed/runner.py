# SPDX-License-Identifier: MIT
# Boots Xen + dom0 in QEMU (TCG) once and runs a list of scenarios in it.
# Promises: the whole run is bounded by `timeout` seconds (QEMU is killed by
# its own PID when it expires); every scenario gets a Verdict, CRASH or
# TIMEOUT with the serial tail when QEMU ended before dom0 reported it.
from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import protocol
from .cpio import CpioWriter
from .fetch import Stage, fetch
from .initramfs import build_base
from .scenario import (
    CRASH,
    ERROR,
    FAIL,
    PASS,
    SKIPPED,
    TIMEOUT,
    Scenario,
    Unavailable,
    Verdict,
    disk_placeholders,
    judge,
    rewrite_config,
)

REPO = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO / "build" / "xen-testbed"
DEFAULT_TIMEOUT = 300.0  # the least bound of a whole run (see run_bound)
BOOT_ALLOWANCE = 180.0  # QEMU start to dom0 ready, plus poweroff, under load
SCENARIO_ALLOWANCE = 60.0  # per scenario beyond its own bounds: scripts, reports
XEN_CMDLINE = (
    "console=com1 com1=115200,8n1 dom0_mem=512M,max:512M dom0_max_vcpus=2 "
    "loglvl=all guest_loglvl=all noreboot"
)
DOM0_CMDLINE = "console=hvc0 earlyprintk=xen loglevel=4"
TAIL_LINES = 60
KEEP_RUNS = 10  # run folders (serial logs) kept under build/xen-testbed/runs
# Lines of framed blocks (not events worth a timing stamp).
_FRAMED_TAGS = (
    "XENLET-CONSOLE",
    "XENLET-XL",
    "XENLET-SETUP",
    "XENLET-DURING",
    "XENLET-AFTER",
)


@dataclass
class RunReport:
    """One boot: per-scenario verdicts plus what the boot itself showed."""

    verdicts: list[Verdict]
    serial_log: Path
    xl_info: str = ""
    qemu_rc: int | None = None
    timed_out: bool = False
    timings: dict[str, float] = field(
        default_factory=dict
    )  # event -> seconds since QEMU launch
    notes: list[str] = field(default_factory=list)


def _domname(idx: int, name: str) -> str:
    return f"s{idx:03d}-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:40]


def _disk_serial(n: int) -> str:
    # virtio-blk serials hold at most 20 bytes; dom0 reads them from
    # /sys/block/vdX/serial to find a scenario's disks.
    return f"xenlet-d{n}"


def disk_table(scenarios: Sequence[tuple[int, Scenario]]) -> list[Path]:
    """Every host file the scenarios hand to dom0, once each (resolved),
    in scenario order: QEMU attaches them in this order, so dom0 names
    them /dev/vda, /dev/vdb, ... in this order."""
    table: list[Path] = []
    for _, sc in scenarios:
        for d in sc.disks:
            if (r := Path(d).resolve()) not in table:
                table.append(r)
    return table


def _scenario_archive(
    scenarios: Sequence[tuple[int, Scenario]], disks: list[Path]
) -> bytes:
    w = CpioWriter()
    w.dir("scenarios")
    for idx, sc in scenarios:
        d = f"scenarios/{idx:03d}"
        kernel = None
        if sc.image is not None:
            kernel = f"/{d}/image"
            w.copy(f"{d}/image", Path(sc.image), 0o644)
        dom = _domname(idx, sc.name)
        cfg = disk_placeholders(sc.config_text(), list(sc.disks))
        w.file(f"{d}/cfg", rewrite_config(cfg, dom, kernel).encode())
        w.file(f"{d}/domname", dom.encode() + b"\n")
        w.file(f"{d}/max_ms", b"%d\n" % int(sc.max_runtime * 1000))
        w.file(f"{d}/start_ms", b"%d\n" % int(sc.max_start * 1000))
        w.file(f"{d}/grace_ms", b"%d\n" % int(sc.during_grace * 1000))
        serials = [_disk_serial(disks.index(Path(x).resolve())) for x in sc.disks]
        w.file(f"{d}/disks", "".join(f"{s}\n" for s in serials).encode())
        for script in ("setup", "during", "after"):
            if text := getattr(sc, script):
                w.file(f"{d}/{script}.sh", text.encode(), 0o755)
        for dest, src in sc.files.items():
            w.copy(dest, Path(src))
    return w.gzip(level=1)


def _disk_args(disks: list[Path]) -> list[str]:
    """One virtio-blk PCI device per host file, raw, with its serial."""
    args: list[str] = []
    for n, path in enumerate(disks):
        ro = "" if os.access(path, os.W_OK) else ",readonly=on"
        name = str(path).replace(",", ",,")  # QEMU option syntax
        args += [
            "-drive",
            f"file={name},format=raw,if=none,id=xd{n}{ro}",
            "-device",
            f"virtio-blk-pci,drive=xd{n},serial={_disk_serial(n)}",
        ]
    return args


def _qemu_argv(stage: Stage, initrd: Path, disks: list[Path]) -> list[str]:
    # -initrd is the multiboot module list: "file cmdline,file"; a comma in
    # a module's command line would have to be doubled.
    modules = f"{stage.kernel} {DOM0_CMDLINE},{initrd}"
    return [
        "qemu-system-x86_64",
        "-accel",
        "tcg",
        "-machine",
        "q35",
        "-m",
        "1024",
        "-smp",
        "2",
        # +npt: Debian's Xen has no shadow paging, PVH needs HAP.  Not
        # "max": SMAP under TCG crashes the PV dom0.
        "-cpu",
        "qemu64,+svm,+npt",
        "-nographic",
        "-no-reboot",
        "-monitor",
        "none",
        "-serial",
        "stdio",
        "-kernel",
        str(stage.hypervisor),
        "-append",
        XEN_CMDLINE,
        "-initrd",
        modules,
        *_disk_args(disks),
    ]


def prepare(build_dir: Path = BUILD_DIR) -> tuple[Stage, Path]:
    """Fetch the stage and build the dom0 base archive (both cached).
    Several test runs may share the build folder: one at a time does this;
    each run then works in its own folder under runs/."""
    build_dir.mkdir(parents=True, exist_ok=True)
    with open(build_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stage = fetch(build_dir)
        return stage, build_base(stage, build_dir)


def _new_run_dir(runs: Path) -> Path:
    runs.mkdir(parents=True, exist_ok=True)
    old = sorted(
        (p for p in runs.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime
    )
    for p in old[: max(0, len(old) - KEEP_RUNS + 1)]:
        shutil.rmtree(p, ignore_errors=True)
    d = runs / time.strftime(f"%Y%m%d-%H%M%S-{os.getpid()}")
    d.mkdir()
    return d


def run_bound(scenarios: Sequence[Scenario]) -> float:
    """A time bound for one boot running these scenarios that only a hung
    run exceeds: dom0 itself ends each guest within max_start + max_runtime
    (+ the during grace), so allow that plus fixed allowances; never less
    than DEFAULT_TIMEOUT."""
    per = (
        sc.max_start + sc.max_runtime + sc.during_grace + SCENARIO_ALLOWANCE
        for sc in scenarios
    )
    return max(DEFAULT_TIMEOUT, BOOT_ALLOWANCE + sum(per))


def _tail(text: str, n: int = TAIL_LINES) -> str:
    return "\n".join(text.splitlines()[-n:])


def boot(
    scenarios: Sequence[Scenario],
    timeout: float | None = None,
    build_dir: Path = BUILD_DIR,
    on_line: Callable[[str], None] | None = None,
) -> RunReport:
    """Fetch (cached), build dom0, boot once, run all scenarios in order.
    timeout bounds the whole run (None: run_bound(scenarios)); on_line, if
    given, sees each serial line as it arrives."""
    t_start = time.monotonic()
    if timeout is None:
        timeout = run_bound(scenarios)
    verdicts: dict[int, Verdict] = {}
    runnable: list[tuple[int, Scenario]] = []
    for idx, sc in enumerate(scenarios):
        try:
            if sc.prepare is not None:
                sc.prepare()
            if sc.image is not None and not Path(sc.image).is_file():
                raise FileNotFoundError(f"image {sc.image} does not exist")
            for disk in sc.disks:
                if not Path(disk).is_file():
                    raise FileNotFoundError(f"disk {disk} is not a file")
            sc.config_text()
            runnable.append((idx, sc))
        except Unavailable as exc:
            verdicts[idx] = Verdict(sc.name, SKIPPED, problems=[str(exc)])
        except Exception as exc:  # noqa: BLE001 - a broken scenario must not stop the others
            verdicts[idx] = Verdict(sc.name, ERROR, problems=[f"prepare: {exc}"])

    if not runnable:
        return RunReport(
            [verdicts[i] for i in range(len(scenarios))],
            build_dir / "runs" / "serial.log",
        )
    stage, base = prepare(build_dir)
    run_dir = _new_run_dir(build_dir / "runs")
    initrd = run_dir / "dom0-initrd.cpio.gz"
    # Concatenated gzip'd cpio archives: the kernel unpacks one after another.
    disks = disk_table(runnable)
    initrd.write_bytes(base.read_bytes() + _scenario_archive(runnable, disks))
    prep_s = time.monotonic() - t_start

    serial_log = run_dir / "serial.log"
    lines: list[str] = []
    stamps: dict[str, float] = {}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        _qemu_argv(stage, initrd, disks),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        bufsize=0,
    )

    def reader() -> None:
        assert proc.stdout is not None
        with open(serial_log, "w", encoding="utf-8", errors="replace") as log:
            for raw in iter(proc.stdout.readline, b""):
                line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
                lines.append(line)
                log.write(line + "\n")
                log.flush()
                if (pos := line.find("XENLET-")) >= 0 and not line.startswith(
                    _FRAMED_TAGS, pos
                ):
                    key = " ".join(line[pos:].split()[:2]).split(" uptime")[0]
                    stamps.setdefault(key, time.monotonic() - t0)
                if "Xen version" in line:
                    stamps.setdefault("xen-banner", time.monotonic() - t0)
                if on_line is not None:
                    on_line(line)

    th = threading.Thread(target=reader, daemon=True)
    th.start()
    timed_out = False
    try:
        rc: int | None = proc.wait(timeout=max(1.0, timeout - prep_s))
    except subprocess.TimeoutExpired:
        timed_out = True
        proc.kill()  # Popen.kill signals this QEMU's own PID only
        proc.wait()
        rc = None
    th.join(timeout=5)
    total = time.monotonic() - t0
    initrd.unlink()

    serial = "\n".join(lines)
    rep = protocol.parse(serial)
    tail = _tail(serial)
    for idx, sc in runnable:
        res = rep.results.get(idx)
        console = rep.blocks.get(("XENLET-CONSOLE", idx), "")
        xl_log = rep.blocks.get(("XENLET-XLLOG", idx), "")
        if res is None:
            kind = TIMEOUT if timed_out else CRASH
            why = "whole run timed out" if timed_out else f"QEMU exited (rc={rc})"
            where = "while it ran" if idx in rep.started else "before it started"
            verdicts[idx] = Verdict(
                sc.name, kind, None, console, [f"{why} {where}"], None, xl_log, tail
            )
            continue
        v = _verdict(sc, idx, res, rep)
        if v.problems:
            v.serial_tail = tail
        verdicts[idx] = v
    timings = {"prepare": prep_s, "qemu-total": total}
    for key, val in stamps.items():
        timings[key] = val
    return RunReport(
        verdicts=[verdicts[i] for i in range(len(scenarios))],
        serial_log=serial_log,
        xl_info=rep.blocks.get(("XENLET-XLINFO", 0), ""),
        qemu_rc=rc,
        timed_out=timed_out,
        timings=timings,
        notes=rep.notes,
    )


def _rc(value: str | None) -> int | None:
    """An exit status from the result line: a number, or "-" (not run) /
    "killed" (None)."""
    return int(value) if value and value.lstrip("-").isdigit() else None


def _verdict(
    sc: Scenario, idx: int, res: dict[str, str], rep: protocol.Report
) -> Verdict:
    """The verdict of a scenario dom0 reported on (result line `res`)."""

    def block(tag: str) -> str:
        return rep.blocks.get((f"XENLET-{tag}", idx), "")

    v = Verdict(
        sc.name,
        PASS,
        shutdown=res.get("shutdown", "?"),
        console=block("CONSOLE"),
        runtime_s=int(res.get("runtime_ms", "0")) / 1000,
        xl_log=block("XLLOG"),
        create_s=int(res.get("create_ms", "0")) / 1000,
        setup_output=block("SETUP"),
        during_output=block("DURING"),
        after_output=block("AFTER"),
        setup_rc=_rc(res.get("setup_rc")),
        during_rc=_rc(res.get("during_rc")),
        after_rc=_rc(res.get("after_rc")),
        during_killed=res.get("during_rc") == "killed",
    )
    v.problems = judge(sc, v)
    v.result = FAIL if v.problems else PASS
    return v


def run_scenarios(
    scenarios: Sequence[Scenario], timeout: float | None = None
) -> list[Verdict]:
    """One QEMU boot running all scenarios in order; one Verdict each
    (timeout: as for boot)."""
    return boot(scenarios, timeout=timeout).verdicts
