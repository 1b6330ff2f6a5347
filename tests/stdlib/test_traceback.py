# SPDX-License-Identifier: MIT
# The traceback module: every program in traceback_progs/ runs under CPython
# and under xenlet, and the outputs must agree after two documented
# differences are taken out of CPython's (docs/differences.md): the source
# lines and ^^^ markers it prints under each frame (an image carries no
# source), and the absolute path it gives the main script (xenlet names
# files as given, relative to the program's folder).
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "traceback_progs"
REPO = HERE.parents[2]
PROGS = sorted(HERE.glob("*.py"))


def _run(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=HERE, capture_output=True, text=True, timeout=60, env=env, check=False)


def _without_source(text: str) -> str:
    """CPython's output less its source lines: under a `  File` line, the
    lines indented by four spaces until the next frame or message."""
    out: list[str] = []
    in_frame = False
    for line in text.splitlines(keepends=True):
        if line.startswith("  File "):
            in_frame = True
        elif in_frame and line.startswith("    "):
            continue
        else:
            in_frame = False
        out.append(line)
    return "".join(out).replace(f'"{HERE}{os.sep}', '"')


def test_normaliser_drops_only_source_lines() -> None:
    text = f'x\n  File "{HERE}/p.py", line 3, in f\n    g()\n    ^^^\nValueError: v\n    kept\n'
    assert _without_source(text) == 'x\n  File "p.py", line 3, in f\nValueError: v\n    kept\n'


@pytest.mark.parametrize("prog", PROGS, ids=[p.stem for p in PROGS])
def test_traceback_program(prog: Path, xenlet_cmd: list[str]) -> None:
    want = _run([sys.executable, prog.name])
    env = dict(os.environ, PYTHONPATH=str(REPO))
    got = _run([*xenlet_cmd, prog.name], env)
    assert (got.returncode, got.stdout) == (want.returncode, _without_source(want.stdout)), got.stderr
