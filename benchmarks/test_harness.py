# SPDX-License-Identifier: MIT
"""Tests for tools/bench.py's pure parts: statistics, verdicts, Markdown.

Run with `python3 -m pytest benchmarks/test_harness.py`.  No timings are
asserted: the harness measures, it does not judge speed."""

from __future__ import annotations

import importlib.util
import math
import statistics
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "bench", Path(__file__).resolve().parent.parent / "tools" / "bench.py"
)
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench"] = bench
_spec.loader.exec_module(bench)


def run(out: bytes = b"1\n", status: int = 0, wall: float = 1.0) -> bench.Run:
    return bench.Run(
        wall=wall, cpu=wall, rss_kib=1024, status=status, stdout=out, stderr=b""
    )


@pytest.mark.parametrize(
    "xs", [[3.0], [5.0, 1.0], [2.0, 9.0, 4.0], [1.0, 2.0, 3.0, 10.0]]
)
def test_median_agrees_with_statistics(xs: list[float]) -> None:
    assert bench.median(xs) == statistics.median(xs)


def test_geomean() -> None:
    assert bench.geomean([2.0, 8.0]) == pytest.approx(4.0)
    assert bench.geomean([0.5, 2.0, 1.0]) == pytest.approx(1.0)
    assert math.isnan(bench.geomean([]))


def test_judge_ok_and_mismatch() -> None:
    res = bench.Result("x", cpython=[run()], xenlet=[run(), run()])
    bench.judge(res)
    assert res.ok()
    res = bench.Result("x", cpython=[run(b"a\nb\n")], xenlet=[run(b"a\nc\n")])
    bench.judge(res)
    assert res.verdict == "FAIL" and "line 2" in res.reason


def test_judge_crash_and_timeout() -> None:
    res = bench.Result("x", cpython=[run()], xenlet=[run(status=-11)])
    bench.judge(res)
    assert res.verdict == "FAIL" and "-11" in res.reason
    timed = run()
    timed.timed_out = True
    res = bench.Result("x", cpython=[run()], xenlet=[timed])
    bench.judge(res)
    assert res.verdict == "FAIL" and "timed out" in res.reason


def report() -> bench.Report:
    ok = bench.Result("a", cpython=[run(wall=2.0)], xenlet=[run(wall=1.0)])
    bad = bench.Result("b", cpython=[run()], xenlet=[run(b"2\n")])
    bench.judge(ok)
    bench.judge(bad)
    return bench.Report("tools/bench.py --runs 1", {"nproc": "2"}, [ok, bad], [], [])


def test_markdown_table_excludes_failures_from_geomean() -> None:
    md = bench.render_markdown(report())
    assert md.startswith("```\ntools/bench.py --runs 1\n```")
    lines = [ln for ln in md.splitlines() if ln.startswith("| a ") or "geometric" in ln]
    assert "| 0.50 |" in lines[0]
    assert "**0.50**" in lines[1] and "1 of 2" in lines[1]
    assert "FAIL b: output differs" in md


def test_write_markdown_replaces_only_between_markers(tmp_path: Path) -> None:
    doc = tmp_path / "b.md"
    doc.write_text(f"# Title\n\n{bench.BEGIN}\nold\n{bench.END}\n\n## Profiles\nkept\n")
    bench.write_markdown(doc, "new\n")
    text = doc.read_text()
    assert "old" not in text and "new" in text
    assert text.startswith("# Title\n") and text.endswith("## Profiles\nkept\n")
    fresh = tmp_path / "fresh.md"
    bench.write_markdown(fresh, "t\n")
    assert fresh.read_text() == f"{bench.BEGIN}\nt\n{bench.END}\n"
