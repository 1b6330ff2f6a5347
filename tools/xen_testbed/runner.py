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
    judge,
    rewrite_config,
)

REPO = Path(__file__).resolve().parents[2]
BUILD_DIR = REPO / "build" / "xen-testbed"
DEFAULT_TIMEOUT = 300.0
XEN_CMDLINE = (
    "console=com1 com1=115200,8n1 dom0_mem=512M,max:512M dom0_max_vcpus=2 "
    "loglvl=all guest_loglvl=all noreboot"
)
DOM0_CMDLINE = "console=hvc0 earlyprintk=xen loglevel=4"
TAIL_LINES = 60
KEEP_RUNS = 10  # run folders (serial logs) kept under build/xen-testbed/runs


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


def _scenario_archive(scenarios: Sequence[tuple[int, Scenario]]) -> bytes:
    w = CpioWriter()
    w.dir("scenarios")
    for idx, sc in scenarios:
        d = f"scenarios/{idx:03d}"
        kernel = None
        if sc.image is not None:
            kernel = f"/{d}/image"
            w.copy(f"{d}/image", Path(sc.image), 0o644)
        dom = _domname(idx, sc.name)
        w.file(f"{d}/cfg", rewrite_config(sc.config_text(), dom, kernel).encode())
        w.file(f"{d}/domname", dom.encode() + b"\n")
        w.file(f"{d}/max_ms", b"%d\n" % int(sc.max_runtime * 1000))
        w.file(f"{d}/start_ms", b"%d\n" % int(sc.max_start * 1000))
        if sc.setup:
            w.file(f"{d}/setup.sh", sc.setup.encode(), 0o755)
        for dest, src in sc.files.items():
            w.copy(dest, Path(src))
    return w.gzip(level=1)


def _qemu_argv(stage: Stage, initrd: Path) -> list[str]:
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


def _tail(text: str, n: int = TAIL_LINES) -> str:
    return "\n".join(text.splitlines()[-n:])


def boot(
    scenarios: Sequence[Scenario],
    timeout: float = DEFAULT_TIMEOUT,
    build_dir: Path = BUILD_DIR,
    on_line: Callable[[str], None] | None = None,
) -> RunReport:
    """Fetch (cached), build dom0, boot once, run all scenarios in order.
    on_line, if given, sees each serial line as it arrives."""
    t_start = time.monotonic()
    verdicts: dict[int, Verdict] = {}
    runnable: list[tuple[int, Scenario]] = []
    for idx, sc in enumerate(scenarios):
        try:
            if sc.prepare is not None:
                sc.prepare()
            if sc.image is not None and not Path(sc.image).is_file():
                raise FileNotFoundError(f"image {sc.image} does not exist")
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
    initrd.write_bytes(base.read_bytes() + _scenario_archive(runnable))
    prep_s = time.monotonic() - t_start

    serial_log = run_dir / "serial.log"
    lines: list[str] = []
    stamps: dict[str, float] = {}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        _qemu_argv(stage, initrd),
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
                    ("XENLET-CONSOLE", "XENLET-XL"), pos
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
        shutdown = res.get("shutdown", "?")
        problems = judge(sc, shutdown, console)
        runtime = int(res.get("runtime_ms", "0")) / 1000
        verdicts[idx] = Verdict(
            sc.name,
            FAIL if problems else PASS,
            shutdown,
            console,
            problems,
            runtime,
            xl_log,
            tail if problems else "",
            int(res.get("create_ms", "0")) / 1000,
        )
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


def run_scenarios(
    scenarios: Sequence[Scenario], timeout: float = DEFAULT_TIMEOUT
) -> list[Verdict]:
    """One QEMU boot running all scenarios in order; one Verdict each."""
    return boot(scenarios, timeout=timeout).verdicts
