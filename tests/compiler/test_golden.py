# SPDX-License-Identifier: MIT
"""Golden disassemblies: each tests/compiler/golden/<name>.py is compiled and
disassembled, and the listing must equal <name>.dis.  After an intended
change of code shape, regenerate with `XENLET_REGEN=1 python3 -m pytest
tests/compiler/test_golden.py` and review the diff before committing."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
sys.path.insert(0, str(GOLDEN.parents[2]))

from freeze.compiler import compile_module
from freeze.dis import disassemble

CASES = sorted(GOLDEN.glob("*.py"))


@pytest.mark.parametrize("src", CASES, ids=[p.stem for p in CASES])
def test_golden(src: Path) -> None:
    text = disassemble(compile_module(src.read_text(encoding="utf-8"), src.name, src.stem))
    want = src.with_suffix(".dis")
    if os.environ.get("XENLET_REGEN") == "1":
        want.write_text(text, encoding="utf-8")
    assert want.exists(), f"no {want.name}: run with XENLET_REGEN=1 and review it"
    assert text == want.read_text(encoding="utf-8")
