# SPDX-License-Identifier: MIT
# Random-program differential test: programs from gen.py run under CPython
# and xenlet must agree on stdout, the last stderr line and the exit status,
# and xenlet must never crash (die by a signal, exit with a status other
# than 0/1 when CPython did not, or print a sanitizer report / panic).
#
# XENLET_FUZZ_N (default 40) sets how many programs; XENLET_FUZZ_SEED
# (default 0) the first seed, so a failure is reproduced with
#   python tests/fuzz/gen.py --seed <seed> --count 1 --out DIR
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the runner's helpers
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen  # noqa: E402
from test_programs import mismatches, run_cpython, run_xenlet  # noqa: E402

N = int(os.environ.get("XENLET_FUZZ_N", "40"))
FIRST_SEED = int(os.environ.get("XENLET_FUZZ_SEED", "0"))
CRASH_MARKERS = ("Segmentation", "AddressSanitizer", "panic")


@pytest.mark.parametrize("seed", range(FIRST_SEED, FIRST_SEED + N))
def test_random_program(seed: int, tmp_path: Path, xenlet_cmd: list[str]) -> None:
    script = tmp_path / f"prog_{seed}.py"
    script.write_text(gen.generate(seed), encoding="utf-8")
    want = run_cpython(script, [], b"", [script])
    assert not want.timed_out, f"seed {seed}: CPython timed out (generator bug)"
    got = run_xenlet(xenlet_cmd, script, [], b"")
    crashed = got.status < 0 or (got.status not in (0, 1) and got.status != want.status)
    markers = [m for m in CRASH_MARKERS if m in got.stderr]
    assert not crashed and not markers, (
        f"seed {seed}: xenlet crashed (status {got.status}, markers {markers}):\n"
        + "\n".join(got.stderr.splitlines()[-20:])
    )
    problems = mismatches(want, got)
    if problems:
        pytest.fail(f"seed {seed} ({script.name}):\n" + "\n".join(problems), pytrace=False)


def test_generator_is_deterministic() -> None:
    assert gen.generate(1234) == gen.generate(1234)
    assert gen.generate(1) != gen.generate(2)


def test_generated_programs_compile() -> None:
    # The generator's own promise, checked under the host interpreter.
    for seed in range(50):
        compile(gen.generate(seed), f"prog_{seed}.py", "exec")
