# SPDX-License-Identifier: MIT
# Freezing programs that use the xen package: a freeze-time error for the
# Linux VM (file:line:col), allowed for a Xen image, whose generated native
# tables then name the device modules; images without `xen` link none.
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from freeze.boot import natives_for, natives_source
from freeze.deps import collect
from freeze.errors import UnsupportedError

XENLET = REPO / ".venv" / "bin" / "xenlet"


def prog(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "app.py"
    p.write_text(text)
    return p


@pytest.mark.parametrize(
    "text, line, col",
    [
        ("import xen\n", 1, 1),
        ("print(1)\nfrom xen import store\n", 2, 1),
        ("def f():\n    import xen.block\n", 2, 5),
        ("import _xen\n", 1, 1),
    ],
)
def test_xen_import_is_a_freeze_error_for_linux(
    tmp_path: Path, text: str, line: int, col: int
) -> None:
    p = prog(tmp_path, text)
    with pytest.raises(UnsupportedError) as e:
        collect(p, target="linux")
    assert (e.value.line, e.value.col) == (line, col)
    assert "Xen image" in str(e.value) and str(e.value).endswith("is not supported")


def test_cli_reports_file_line_col(tmp_path: Path) -> None:
    p = prog(tmp_path, "x = 1\nimport xen\n")
    for cmd in (["run", str(p)], ["freeze", str(p), "-o", str(tmp_path / "a.img")]):
        r = subprocess.run(
            [str(XENLET), *cmd], capture_output=True, text=True, check=False
        )
        assert r.returncode == 2
        assert f"{p}:2:1: error: module 'xen'" in r.stderr


def test_optional_import_is_allowed_for_linux(tmp_path: Path) -> None:
    p = prog(
        tmp_path,
        "try:\n    import xen\nexcept ImportError:\n    xen = None\nprint(xen)\n",
    )
    collect(p, target="linux")
    r = subprocess.run(
        [str(XENLET), "run", str(p)], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0 and r.stdout == "None\n"


def test_xen_image_gets_device_natives(tmp_path: Path) -> None:
    p = prog(tmp_path, "import xen.block\nprint(xen.domid())\n")
    mods = collect(p, target="xen")
    names = {m.name for m in mods}
    assert {"xen", "xen.store", "xen.block", "xen._xenbus"} <= names
    natives = natives_for(mods)
    assert "_xen" in natives and "_blkif" in natives and "_netif" not in natives
    src = natives_source(natives)
    assert '{"_xen", mod_xen_init}' in src and '{"_blkif", mod_blkif_init}' in src
    assert "const port_module port_modules[]" in src


def test_hello_links_no_device_module(tmp_path: Path) -> None:
    natives = natives_for(collect(REPO / "examples" / "hello.py"))
    assert natives == ["sys"]
    src = natives_source(natives)
    assert "const port_module port_modules[] = {\n    {NULL, NULL},\n};" in src
