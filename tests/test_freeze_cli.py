# SPDX-License-Identifier: MIT
# The freezer's command line: freeze-time errors name file:line:col and exit
# 2 before anything runs; images carry a version the VM checks; `inspect`
# reads an image back.
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VM = REPO / "build" / "xenlet-vm"


def xenlet(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "freeze", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=120)


@pytest.mark.parametrize(
    "source, where, what",
    [
        ("import math\nimport not_a_module_xyz\n", "2:1", "No module named 'not_a_module_xyz'"),
        ("x = 1\nfrom nowhere_pkg.sub import y\n", "2:1", "No module named 'nowhere_pkg'"),
        ("print(1)\neval('1')\n", "2:1", "eval() (a sealed image has no compiler) is not supported"),
        ("match 1:\n    case [a] | (b, 2): pass\n", "2:20", "alternative patterns bind different names"),
        ("match 1:\n    case x: pass\n    case 1: pass\n", "2:10", "name capture 'x' makes remaining patterns unreachable"),
        ("match 1:\n    case _: pass\n    case 1: pass\n", "2:10", "wildcard makes remaining patterns unreachable"),
        ("def f(:\n", "1:7", "invalid syntax"),
    ],
)
def test_freeze_errors_name_the_place(tmp_path: Path, source: str, where: str, what: str) -> None:
    (tmp_path / "app.py").write_text(source)
    r = xenlet("run", "app.py", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert r.stdout == ""  # nothing ran
    assert r.stderr.startswith(f"app.py:{where}: error: "), r.stderr
    assert what in r.stderr


def test_guarded_missing_import_is_a_run_time_error(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        "try:\n    import not_there_abc\nexcept ImportError as e:\n    print('missing', e.name)\n"
    )
    r = xenlet("run", "app.py", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (0, "missing not_there_abc\n"), r.stderr


def test_image_holds_exactly_the_imported_modules(tmp_path: Path) -> None:
    (tmp_path / "helper.py").write_text("import json\nVALUE = json.dumps([1])\n")
    (tmp_path / "unused.py").write_text("X = 1\n")
    (tmp_path / "app.py").write_text("import helper\nprint(helper.VALUE)\n")
    r = xenlet("freeze", "app.py", "-o", "app.img", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    sys.path.insert(0, str(REPO))
    from freeze.image import read_summary

    names = [m[0] for m in read_summary((tmp_path / "app.img").read_bytes()).modules]
    assert names[0] == "__main__" and "helper" in names and "json" in names
    assert "unused" not in names and "random" not in names
    r = xenlet("inspect", "app.img", cwd=tmp_path)
    assert r.returncode == 0 and "helper" in r.stdout and "json" in r.stdout
    run = subprocess.run([str(VM), str(tmp_path / "app.img")], capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout) == (0, "[1]\n")


def test_vm_rejects_an_image_of_another_version(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("print(1)\n")
    assert xenlet("freeze", "app.py", "-o", "app.img", cwd=tmp_path).returncode == 0
    blob = bytearray((tmp_path / "app.img").read_bytes())
    blob[4] ^= 0xFF  # the version field follows the magic
    (tmp_path / "bad.img").write_bytes(bytes(blob))
    r = subprocess.run([str(VM), str(tmp_path / "bad.img")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "does not match this VM" in r.stderr and r.stdout == ""
    (tmp_path / "junk.img").write_bytes(b"not an image at all")
    r = subprocess.run([str(VM), str(tmp_path / "junk.img")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "bad magic" in r.stderr
