# SPDX-License-Identifier: MIT
# Differential tests: every program of tests/programs/ runs under CPython 3.11
# and under xenlet; stdout, the last non-empty line of stderr and the exit
# status must agree.
#
# Layout of the corpus (see tests/programs/README.md):
#   tests/programs/<topic>/<name>.py        one program
#   tests/programs/<topic>/<case>/CASE      marks a case folder whose entry is
#                                           main.py (siblings are its modules)
#   <name>.stdin / <name>.args              stdin text / one argument a line
#   <name>.expected                         full expected stdout, for programs
#                                           whose xenlet output must differ
#                                           (first line `# differs: reason`)
#
# CPython's results are cached in build/cpython-cache/, keyed by a hash of
# the program, its siblings, its stdin/args and the interpreter version, so
# reruns only pay for xenlet.  The helpers here are also used by
# tests/fuzz/test_random_programs.py.
from __future__ import annotations

import difflib
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PROGRAMS = REPO / "tests" / "programs"
CACHE = REPO / "build" / "cpython-cache"
TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Program:
    """One corpus entry: the script to run and where its inputs live."""

    id: str  # readable test id, e.g. "classes/mro" or "modules/relimport"
    script: Path  # the file handed to the interpreter
    case_dir: Path | None  # the CASE folder, if the program has siblings

    def _sidecar(self, suffix: str) -> Path:
        return self.script.with_suffix(suffix)

    @property
    def stdin(self) -> bytes:
        p = self._sidecar(".stdin")
        return p.read_bytes() if p.exists() else b""

    @property
    def args(self) -> list[str]:
        p = self._sidecar(".args")
        if not p.exists():
            return []
        return p.read_text(encoding="utf-8").splitlines()

    @property
    def expected_stdout(self) -> str | None:
        p = self._sidecar(".expected")
        return p.read_text(encoding="utf-8") if p.exists() else None

    def inputs(self) -> list[Path]:
        """Every file whose content can change the program's behaviour."""
        if self.case_dir is not None:
            files = [
                p
                for p in self.case_dir.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            ]
        else:
            files = [self.script] + [
                self._sidecar(s) for s in (".stdin", ".args") if self._sidecar(s).exists()
            ]
        return sorted(files)


@dataclass(frozen=True)
class Result:
    """What a run produced, reduced to what the tests compare."""

    stdout: str
    stderr: str
    status: int  # exit status, or -N when killed by signal N
    timed_out: bool = False

    @property
    def last_stderr_line(self) -> str:
        lines = [ln for ln in self.stderr.splitlines() if ln.strip()]
        return lines[-1] if lines else ""


def discover(root: Path = PROGRAMS) -> list[Program]:
    """All programs of the corpus, sorted by id."""
    found: list[Program] = []
    if not root.is_dir():
        return found
    for topic in sorted(p for p in root.iterdir() if p.is_dir()):
        for entry in sorted(topic.iterdir()):
            if entry.is_dir() and (entry / "CASE").exists():
                main = entry / "main.py"
                if main.exists():
                    found.append(Program(f"{topic.name}/{entry.name}", main, entry))
            elif entry.is_file() and entry.suffix == ".py":
                found.append(Program(f"{topic.name}/{entry.stem}", entry, None))
    return found


def cpython_exe() -> str:
    """A CPython 3.11 interpreter: this one if it qualifies, else python3."""
    if platform.python_implementation() == "CPython" and sys.version_info[:2] == (3, 11):
        return sys.executable
    return shutil.which("python3.11") or "python3"


def _env(extra_path: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the corpus
    env["PYTHONUTF8"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    if extra_path is not None:
        env["PYTHONPATH"] = str(extra_path)
    return env


def run(argv: list[str], cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None,
        timeout: float = TIMEOUT_S) -> Result:
    """Run argv in cwd with a timeout; never raises for a failing program."""
    try:
        proc = subprocess.run(
            argv,
            cwd=cwd,
            input=stdin,
            capture_output=True,
            timeout=timeout,
            env=env if env is not None else _env(),
        )
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return Result(out, err + f"\n<timed out after {timeout:.0f} s>", -9, True)
    return Result(
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        proc.returncode,
    )


def _cache_key(exe: str, files: list[Path], base: Path, extra: bytes) -> str:
    h = hashlib.sha256()
    version = subprocess.run(
        [exe, "-c", "import sys; print(sys.version)"], capture_output=True, text=True
    ).stdout if exe != sys.executable else sys.version
    h.update(version.encode())
    for f in files:
        h.update(str(f.relative_to(base)).encode() + b"\0")
        h.update(f.read_bytes() + b"\0")
    h.update(extra)
    return h.hexdigest()


def run_cpython(script: Path, args: list[str], stdin: bytes, inputs: list[Path]) -> Result:
    """CPython's result for script, from the cache when it is there."""
    exe = cpython_exe()
    key = _cache_key(exe, inputs, script.parent.parent, json.dumps(args).encode() + b"\0" + stdin)
    entry = CACHE / f"{key}.json"
    if entry.exists():
        try:
            d = json.loads(entry.read_text(encoding="utf-8"))
            return Result(d["stdout"], d["stderr"], d["status"])
        except (ValueError, KeyError):
            pass  # a torn or stale entry: recompute
    res = run([exe, script.name, *args], script.parent, stdin)
    if not res.timed_out:
        CACHE.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed: parallel workers never see half a file.
        tmp = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps({"stdout": res.stdout, "stderr": res.stderr, "status": res.status}),
            encoding="utf-8",
        )
        os.replace(tmp, entry)
    return res


def run_xenlet(cmd: list[str], script: Path, args: list[str], stdin: bytes) -> Result:
    """Run script under xenlet (cmd is the argv prefix from `xenlet_cmd`).

    The repository root is put on PYTHONPATH so `python -m freeze` works
    from the program's folder without an installed package."""
    return run([*cmd, script.name, *args], script.parent, stdin, _env(REPO))


def _diff(a: str, b: str, a_name: str, b_name: str) -> str:
    return "".join(
        difflib.unified_diff(
            a.splitlines(keepends=True), b.splitlines(keepends=True), a_name, b_name
        )
    )


def mismatches(want: Result, got: Result, want_stdout: str | None = None) -> list[str]:
    """Readable descriptions of every way got differs from want (empty: equal)."""
    problems: list[str] = []
    expected_out = want.stdout if want_stdout is None else want_stdout
    if got.timed_out:
        problems.append("xenlet timed out")  # the stderr tail says after how long
    if got.stdout != expected_out:
        problems.append("stdout differs:\n" + _diff(expected_out, got.stdout, "cpython", "xenlet"))
    if got.last_stderr_line != want.last_stderr_line:
        problems.append(
            "last stderr line differs:\n"
            f"  cpython: {want.last_stderr_line!r}\n"
            f"  xenlet:  {got.last_stderr_line!r}"
        )
    if got.status != want.status:
        problems.append(f"exit status differs: cpython {want.status}, xenlet {got.status}")
    if problems and got.stderr.strip() and got.last_stderr_line != got.stderr.strip():
        tail = "\n".join(got.stderr.splitlines()[-15:])
        problems.append("xenlet stderr (tail):\n" + tail)
    return problems


ALL = discover()


@pytest.mark.parametrize("prog", ALL, ids=[p.id for p in ALL])
def test_program(prog: Program, xenlet_cmd: list[str]) -> None:
    want = run_cpython(prog.script, prog.args, prog.stdin, prog.inputs())
    assert not want.timed_out, f"{prog.id}: CPython itself timed out"
    got = run_xenlet(xenlet_cmd, prog.script, prog.args, prog.stdin)
    problems = mismatches(want, got, prog.expected_stdout)
    if problems:
        pytest.fail(f"{prog.id}:\n" + "\n".join(problems), pytrace=False)


def test_corpus_is_not_empty() -> None:
    assert len(ALL) > 0
