# SPDX-License-Identifier: MIT
"""Benchmark harness: xenlet VM against CPython (`make bench`).

Freezes each `benchmarks/bm_*.py` once (so freeze time is never counted),
then runs it N times under CPython and under `build/xenlet-vm` on the frozen
image, alternating the two so slow drift in machine load hits both alike.
For each benchmark it reports the median wall time, the median CPU time
(user + system, from the child's own rusage via os.wait4), the peak RSS of
each side, and the xenlet/CPython ratios; then the geometric mean of the
ratios over the benchmarks whose output matched, and a start-up row: the
median wall time of a frozen `print(1)` image.

Peak RSS comes from one extra, untimed run per side under GNU time
(`/usr/bin/time -f %M`).  The timed runs' own ru_maxrss cannot be used:
Linux carries the RSS high-water mark across exec, so a child forked (or
vforked) from this Python process reports at least the harness's own size
(~17 MiB), which would hide the VM's real footprint.  Under GNU time the
program is forked from that small process instead.  Without GNU time the
wait4 figure is shown, marked with `>=`.

Promises: outputs are compared byte for byte with CPython's (and the exit
status must be 0 on both sides); any difference, crash or timeout marks the
benchmark FAIL and keeps it out of the geometric mean.  It never asserts
on times: these are measurements, not tests.  With --markdown FILE it
writes the same table as Markdown; if FILE already holds the markers
`<!-- bench:begin -->` and `<!-- bench:end -->`, only the text between them
is replaced, so a hand-written document around the table survives.
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"

# CPython runs with -I -S by default: isolated mode and no `site`, so the
# comparison is about running the program, not about whatever .pth files
# the host's site-packages happen to import at start-up (measured here:
# ~0.1 s of CPU for a certifi hook).  This makes CPython faster, so the
# ratios err against xenlet.  --cpython-flags "" restores a plain start.
DEFAULT_CPYTHON_FLAGS = "-I -S"


@dataclass
class Run:
    """One child process: wall and CPU seconds, peak RSS in KiB, output."""

    wall: float
    cpu: float
    rss_kib: int
    status: int
    stdout: bytes
    stderr: bytes
    timed_out: bool = False


@dataclass
class Result:
    """All runs of one benchmark on both sides, and its verdict."""

    name: str
    cpython: list[Run] = field(default_factory=list)
    xenlet: list[Run] = field(default_factory=list)
    verdict: str = "OK"
    reason: str = ""
    rss_cpython: tuple[int, bool] = (0, False)
    rss_xenlet: tuple[int, bool] = (0, False)

    def ok(self) -> bool:
        return self.verdict == "OK"


def median(xs: list[float]) -> float:
    """Median of a non-empty list (mean of the middle two for even sizes)."""
    s = sorted(xs)
    n = len(s)
    if n == 0:
        raise ValueError("median of an empty list")
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def geomean(xs: list[float]) -> float:
    """Geometric mean of positive numbers; nan for an empty list."""
    if not xs:
        return math.nan
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def run_child(argv: list[str], timeout: float, cwd: Path) -> Run:
    """Run argv to completion and measure it.

    Output goes to temporary files rather than pipes so that the parent
    never has to read while the child runs (no deadlock, no extra wakeups);
    os.wait4 returns the rusage of exactly this child.  A timer thread
    kills the child after `timeout` seconds."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            try:
                os.kill(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, wstatus, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wstatus)  # stop Popen reaping again
        out.seek(0)
        err.seek(0)
        return Run(
            wall=wall,
            cpu=usage.ru_utime + usage.ru_stime,
            rss_kib=usage.ru_maxrss,  # KiB on Linux
            status=proc.returncode,
            stdout=out.read(),
            stderr=err.read(),
            timed_out=killed.is_set(),
        )


GNU_TIME = "/usr/bin/time"


def peak_rss_kib(argv: list[str], timeout: float, cwd: Path) -> tuple[int, bool]:
    """Peak RSS of argv in KiB, and whether the figure is exact (GNU time
    present) rather than a wait4 upper bound inflated by the harness."""
    if not os.access(GNU_TIME, os.X_OK):
        return run_child(argv, timeout, cwd).rss_kib, False
    with tempfile.NamedTemporaryFile(mode="r") as out:
        run_child([GNU_TIME, "-f", "%M", "-o", out.name, *argv], timeout, cwd)
        text = out.read().strip().splitlines()
    try:
        return int(text[-1]), True
    except (IndexError, ValueError):
        return run_child(argv, timeout, cwd).rss_kib, False


def freeze(program: Path, image: Path) -> None:
    """Freeze program into image with this repository's freeze package."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    subprocess.run(
        [sys.executable, "-m", "freeze", "freeze", str(program), "-o", str(image)],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def first_difference(a: bytes, b: bytes) -> str:
    """A short description of where two outputs first differ."""
    la = a.decode(errors="replace").splitlines()
    lb = b.decode(errors="replace").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}: CPython {x[:40]!r} xenlet {y[:40]!r}"
    return f"CPython {len(la)} lines, xenlet {len(lb)} lines"


def judge(res: Result) -> None:
    """Set res.verdict from the runs: every run must exit 0 and print
    exactly what CPython printed.  The reason names the first failure and
    how many of the runs failed (a crash that comes and goes is a fact the
    VM's authors need)."""
    ref = res.cpython[0]
    if ref.status != 0:
        res.verdict, res.reason = "FAIL", f"CPython exit {ref.status}"
        return
    bad = [
        r for r in res.xenlet if r.timed_out or r.status != 0 or r.stdout != ref.stdout
    ]
    if not bad:
        return
    r = bad[0]
    if r.timed_out:
        why = "xenlet timed out"
    elif r.status != 0:
        tail = r.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        why = f"xenlet exit {r.status} {tail[0][:60]}".rstrip()
    else:
        why = "output differs: " + first_difference(ref.stdout, r.stdout)
    res.verdict = "FAIL"
    res.reason = f"{why} ({len(bad)} of {len(res.xenlet)} runs)"


@dataclass
class Report:
    """Everything one harness run produced, ready to render."""

    command: str
    machine: dict[str, str]
    results: list[Result]
    startup_xenlet: list[Run]
    startup_cpython: list[Run]
    startup_rss_cpython: tuple[int, bool] = (0, False)
    startup_rss_xenlet: tuple[int, bool] = (0, False)


def machine_info(load_before: tuple[float, float, float]) -> dict[str, str]:
    """Where and when the numbers were taken."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "vm"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if dirty:
            commit += " (vm/ has uncommitted changes)"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    load_after = os.getloadavg()
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": model,
        "nproc": str(os.cpu_count()),
        "kernel": platform.release(),
        "cpython": platform.python_version(),
        "commit": commit,
        "load": f"{load_before[0]:.2f} before, {load_after[0]:.2f} after (1-minute load average)",
    }


def fmt_s(x: float) -> str:
    return f"{x:.3f}"


def fmt_ms(x: float) -> str:
    return f"{x * 1000:.1f}"


def fmt_rss(rss: tuple[int, bool]) -> str:
    kib, exact = rss
    return ("" if exact else ">=") + f"{kib / 1024:.1f}"


HEADER = [
    "benchmark",
    "CPython wall",
    "xenlet wall",
    "wall ratio",
    "CPython CPU",
    "xenlet CPU",
    "CPU ratio",
    "CPython RSS",
    "xenlet RSS",
    "result",
]
UNITS = "Times are medians in seconds (start-up row: milliseconds); RSS is peak resident memory in MiB."


def rows(rep: Report) -> tuple[list[list[str]], list[str]]:
    """The table as plain strings (one row per benchmark, then the
    geometric mean and the start-up row) and the notes under it (FAIL
    reasons).  Shared by both renderers so the console and the Markdown
    always say the same thing."""
    body: list[list[str]] = []
    notes: list[str] = []
    wall_ratios: list[float] = []
    cpu_ratios: list[float] = []
    for res in rep.results:
        cw = median([r.wall for r in res.cpython])
        cc = median([r.cpu for r in res.cpython])
        if res.ok():
            xw = median([r.wall for r in res.xenlet])
            xc = median([r.cpu for r in res.xenlet])
            wr, cr = xw / cw, xc / max(cc, 1e-6)
            wall_ratios.append(wr)
            cpu_ratios.append(cr)
            body.append(
                [
                    res.name,
                    fmt_s(cw),
                    fmt_s(xw),
                    f"{wr:.2f}",
                    fmt_s(cc),
                    fmt_s(xc),
                    f"{cr:.2f}",
                    fmt_rss(res.rss_cpython),
                    fmt_rss(res.rss_xenlet),
                    "OK",
                ]
            )
        else:
            body.append(
                [
                    res.name,
                    fmt_s(cw),
                    "-",
                    "-",
                    fmt_s(cc),
                    "-",
                    "-",
                    fmt_rss(res.rss_cpython),
                    "-",
                    "FAIL",
                ]
            )
            notes.append(f"{res.name}: {res.reason}")
    body.append(
        [
            "geometric mean",
            "",
            "",
            f"{geomean(wall_ratios):.2f}",
            "",
            "",
            f"{geomean(cpu_ratios):.2f}",
            "",
            "",
            f"{len(wall_ratios)} of {len(rep.results)}",
        ]
    )
    if rep.startup_xenlet and rep.startup_cpython:
        xs, cs = rep.startup_xenlet, rep.startup_cpython
        xw, cw = median([r.wall for r in xs]), median([r.wall for r in cs])
        xc, cc = median([r.cpu for r in xs]), median([r.cpu for r in cs])
        bad = [r for r in xs if r.status != 0 or r.stdout != b"1\n"]
        body.append(
            [
                f"start-up: print(1) x{len(xs)}",
                fmt_ms(cw),
                fmt_ms(xw),
                f"{xw / cw:.2f}",
                fmt_ms(cc),
                fmt_ms(xc),
                f"{xc / max(cc, 1e-6):.2f}",
                fmt_rss(rep.startup_rss_cpython),
                fmt_rss(rep.startup_rss_xenlet),
                "FAIL" if bad else "OK",
            ]
        )
        if bad:
            notes.append(
                f"start-up: {len(bad)} of {len(xs)} runs failed or printed something else"
            )
    return body, notes


def render_markdown(rep: Report) -> str:
    """The report as Markdown: command line, machine, table, notes."""
    body, notes = rows(rep)
    lines = ["```", rep.command, "```", ""]
    lines += [f"- {k}: {v}" for k, v in rep.machine.items()]
    lines += ["", UNITS, ""]
    lines.append("| " + " | ".join(HEADER) + " |")
    lines.append("|---|" + "---:|" * (len(HEADER) - 2) + "---|")
    for row in body:
        cells = [c.replace("|", "\\|") for c in row]
        if row[0] == "geometric mean":
            cells = [f"**{c}**" if c else "" for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    if notes:
        lines.append("")
        lines += [f"- FAIL {n}" for n in notes]
    return "\n".join(lines) + "\n"


def write_markdown(path: Path, text: str) -> None:
    """Write text to path, between the bench markers if the file has them."""
    block = f"{BEGIN}\n{text}{END}\n"
    if path.exists():
        old = path.read_text()
        b, e = old.find(BEGIN), old.find(END)
        if 0 <= b < e:
            rest = old[e + len(END) :].lstrip("\n")
            path.write_text(old[:b] + block + ("\n" + rest if rest else ""))
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(block)


def render_console(rep: Report) -> None:
    """Print the table with rich if it is installed, else as plain text."""
    body, notes = rows(rep)
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        print("$ " + rep.command)
        for k, v in rep.machine.items():
            print(f"  {k}: {v}")
        print(UNITS)
        widths = [max(len(r[i]) for r in [HEADER, *body]) for i in range(len(HEADER))]
        for r in [HEADER, *body]:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
        for n in notes:
            print("FAIL " + n)
        return
    # Piped into a file or a log, rich would fold the table to 80 columns.
    console = Console(width=None if sys.stdout.isatty() else 150)
    console.print(f"[bold]$ {rep.command}[/bold]", highlight=False)
    for k, v in rep.machine.items():
        console.print(f"  {k}: {v}", highlight=False)
    console.print(UNITS, highlight=False)
    table = Table()
    for i, h in enumerate(HEADER):
        table.add_column(h, justify="left" if i in (0, len(HEADER) - 1) else "right")
    for row in body:
        style = (
            "red"
            if row[-1] == "FAIL"
            else "bold"
            if row[0] == "geometric mean"
            else None
        )
        table.add_row(*row, style=style)
    console.print(table)
    for n in notes:
        console.print(f"[red]FAIL[/red] {n}", highlight=False)


def select(names: list[str]) -> list[Path]:
    """The benchmark programs: all of benchmarks/bm_*.py, or those named
    (with or without the bm_ prefix and .py suffix)."""
    all_progs = sorted((ROOT / "benchmarks").glob("bm_*.py"))
    if not names:
        return all_progs
    by_name = {p.stem: p for p in all_progs}
    chosen = []
    for n in names:
        stem = Path(n).stem
        p = by_name.get(stem) or by_name.get("bm_" + stem)
        if p is None:
            raise SystemExit(
                f"bench: no benchmark {n!r} (have: {', '.join(sorted(by_name))})"
            )
        chosen.append(p)
    return chosen


def progress(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    ap.add_argument(
        "benchmarks", nargs="*", help="names to run (default: all benchmarks/bm_*.py)"
    )
    ap.add_argument(
        "--runs", type=int, default=5, help="runs per benchmark and side (default 5)"
    )
    ap.add_argument(
        "--startup-runs",
        type=int,
        default=50,
        help="runs of the print(1) image (default 50; 0 skips)",
    )
    ap.add_argument(
        "--vm", default=str(ROOT / "build" / "xenlet-vm"), help="the VM binary"
    )
    ap.add_argument(
        "--python",
        default=shutil.which("python3") or sys.executable,
        help="CPython to compare with",
    )
    ap.add_argument(
        "--cpython-flags",
        default=DEFAULT_CPYTHON_FLAGS,
        help="flags for CPython (default: -I -S)",
    )
    ap.add_argument(
        "--timeout", type=float, default=120.0, help="seconds before a run is killed"
    )
    ap.add_argument(
        "--markdown", type=Path, help="also write the table as Markdown to this file"
    )
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    vm = Path(args.vm)
    if not vm.is_file():
        raise SystemExit(f"bench: {vm} not found; run `make` first")
    cpython = [args.python, *shlex.split(args.cpython_flags)]
    shown = ["tools/bench.py", *(argv if argv is not None else sys.argv[1:])]
    command = shlex.join(shown)
    load_before = os.getloadavg()
    results: list[Result] = []
    su_x: list[Run] = []
    su_c: list[Run] = []

    with tempfile.TemporaryDirectory(prefix="xenlet-bench-") as tmp:
        tmpdir = Path(tmp)
        # Measure a private copy: in a shared checkout `make` may relink
        # build/xenlet-vm while the harness runs, and one table must come
        # from one binary.
        built = datetime.datetime.fromtimestamp(vm.stat().st_mtime, datetime.UTC)
        shown_vm = vm.resolve()
        if shown_vm.is_relative_to(ROOT):
            shown_vm = shown_vm.relative_to(ROOT)
        vm_label = f"{shown_vm} (built {built:%Y-%m-%d %H:%M} UTC)"
        vm = Path(shutil.copy2(vm, tmpdir / "xenlet-vm"))
        for prog in select(args.benchmarks):
            res = Result(prog.stem.removeprefix("bm_"))
            image = tmpdir / (prog.stem + ".img")
            try:
                freeze(prog, image)
            except subprocess.CalledProcessError:
                res.verdict, res.reason = "FAIL", "freeze failed"
                res.cpython.append(run_child([*cpython, str(prog)], args.timeout, ROOT))
                res.rss_cpython = (res.cpython[0].rss_kib, False)
                results.append(res)
                continue
            progress(f"bench: {res.name} ({args.runs} runs each)")
            for _ in range(args.runs):
                res.cpython.append(run_child([*cpython, str(prog)], args.timeout, ROOT))
                res.xenlet.append(run_child([str(vm), str(image)], args.timeout, ROOT))
            judge(res)
            res.rss_cpython = peak_rss_kib([*cpython, str(prog)], args.timeout, ROOT)
            if res.ok():
                res.rss_xenlet = peak_rss_kib([str(vm), str(image)], args.timeout, ROOT)
            results.append(res)

        if args.startup_runs > 0:
            hello = tmpdir / "print1.py"
            hello.write_text("print(1)\n")
            image = tmpdir / "print1.img"
            freeze(hello, image)
            progress(f"bench: start-up ({args.startup_runs} runs each)")
            for _ in range(args.startup_runs):
                su_c.append(run_child([*cpython, str(hello)], args.timeout, ROOT))
                su_x.append(run_child([str(vm), str(image)], args.timeout, ROOT))
            su_rss_c = peak_rss_kib([*cpython, str(hello)], args.timeout, ROOT)
            su_rss_x = peak_rss_kib([str(vm), str(image)], args.timeout, ROOT)

    rep = Report(command, machine_info(load_before), results, su_x, su_c)
    rep.machine["vm binary"] = vm_label
    if su_x:
        rep.startup_rss_cpython, rep.startup_rss_xenlet = su_rss_c, su_rss_x
    render_console(rep)
    if args.markdown:
        write_markdown(args.markdown, render_markdown(rep))
    return 0 if all(r.ok() for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
