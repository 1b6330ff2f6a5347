# SPDX-License-Identifier: MIT
# freeze/boot.py and the freeze-and-boot command: the per-app native table,
# the guest command line, the xl config, the size report, exit statuses
# under QEMU, and `xenlet inspect` on a linked image.  QEMU direct boot, no
# Xen.  Expected statuses are those of `python3 app.py` (CPython).
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from freeze.boot import (
    ConfigError,
    boot_qemu,
    build_guest,
    guest_cmdline,
    image_natives,
    inspect_image,
    natives_for,
    uses_match,
    xen_exit_status,
)
from freeze.deps import collect
from freeze.link import syms_path

HELLO = REPO / "examples" / "hello.py"


def _cpython_status(program: Path) -> int:
    return subprocess.run([sys.executable, str(program)], capture_output=True).returncode


def test_natives_are_only_those_imported(tmp_path: Path) -> None:
    p = tmp_path / "m.py"
    p.write_text("import math\nfrom time import sleep\nprint(math.pi)\n")
    assert natives_for(collect(p)) == ["sys", "math", "time"]
    assert natives_for(collect(HELLO)) == ["sys"]


def test_hello_image_links_sys_only(tmp_path: Path) -> None:
    g = build_guest(HELLO, out_dir=tmp_path)
    assert image_natives(g.image) == ["sys"]
    # W^X in the ELF segments (elfcheck checked it; the flags say it too).
    assert {s.flags for s in g.report.segments} == {"R-X", "R--", "RW-"}
    # The target for the shipped (stripped) hello image.
    assert g.file_size <= 200_000


def _symbols(path: Path) -> dict[str, str]:
    """symbol name -> name of its section, from an ELF file's symtab."""
    from elftools.elf.elffile import ELFFile

    with open(path, "rb") as f:
        elf = ELFFile(f)
        secs = {i: s.name for i, s in enumerate(elf.iter_sections())}
        return {sym.name: secs.get(sym["st_shndx"], "") for sym in elf.get_section_by_name(".symtab").iter_symbols()
                if isinstance(sym["st_shndx"], int)}


def test_each_builtin_method_has_its_own_section() -> None:
    # DEF_METHOD(type, name ...) defines xlm_<type>_<name> in .xlmeth.<name>;
    # a name that is also a C macro (bool -> _Bool) must not change it.
    objs = sorted((REPO / "build" / "xen" / "vm").glob("*.o"))
    assert objs, "build/xen/vm not built"
    seen = 0
    for obj in objs:
        for sym, sec in _symbols(obj).items():
            if sym.startswith("xlm_"):
                seen += 1
                assert sec.startswith(".xlmeth.") and sym.endswith("_" + sec[len(".xlmeth."):]), (sym, sec)
    assert seen > 300


def test_match_helpers_only_in_images_with_match(tmp_path: Path) -> None:
    # vm/match.c is weakly referenced by the interpreter (vm/vm.h MATCH_LINK):
    # linked, and working, where the program has a match statement only.
    p = tmp_path / "m.py"
    p.write_text("def f(v):\n    match v:\n        case [x, *_]: return x\n        case {'k': y}: return y\n"
                 "        case _: return None\n"
                 "print(f([1, 2]), f({'k': 3}), f('ab'))\n")
    assert uses_match(collect(p)) and not uses_match(collect(HELLO))
    g = build_guest(p, out_dir=tmp_path / "out")
    console, status = boot_qemu(g)
    assert (console, status) == ("1 3 None\n", 0)
    assert "match_class" in _symbols(syms_path(g.image))
    h = build_guest(HELLO, out_dir=tmp_path / "hello")
    assert "match_class" not in _symbols(syms_path(h.image))


def test_image_keeps_the_methods_its_program_names(tmp_path: Path) -> None:
    p = tmp_path / "m.py"
    p.write_text("s = 'a b'\nprint(s.split(), getattr(s, 'upper')(), bool(s))\n"
                 "try:\n    getattr(s, ''.join(['case', 'fold']))\nexcept AttributeError:\n    print('absent')\n")
    g = build_guest(p, out_dir=tmp_path)
    syms = _symbols(syms_path(g.image))
    assert {"xlm_str_type_split", "xlm_str_type_upper", "xlm_builtin_bool"} <= set(syms)
    assert "xlm_str_type_casefold" not in syms and "xlm_builtin_sorted" not in syms
    # The documented difference (docs/differences.md): a method named only
    # at run time is not in the image.
    console, status = boot_qemu(g)
    assert status == 0
    assert console.replace("\r", "") == "['a', 'b'] A B True\nabsent\n"


@pytest.mark.parametrize("args, line", [
    ([], ""),
    (["a", "b"], "a b"),
    (["two words", "it's", ""], "'two words' \"it's\" ''"),
])
def test_guest_cmdline(args: list[str], line: str) -> None:
    assert guest_cmdline(args) == line


def test_guest_cmdline_refuses_what_the_guest_cannot_split() -> None:
    with pytest.raises(ConfigError):
        guest_cmdline(["both ' and \""])
    with pytest.raises(ConfigError):
        guest_cmdline(["new\nline"])


def test_xl_config(tmp_path: Path) -> None:
    g = build_guest(HELLO, ["x y", "z"], name="hi", out_dir=tmp_path, memory_mb=12)
    cfg = g.config.read_text()
    assert 'type = "pvh"' in cfg
    assert f'kernel = "{(tmp_path / "hi.xen").resolve()}"' in cfg
    assert "memory = 12" in cfg and 'name = "hi"' in cfg
    assert 'on_poweroff = "destroy"' in cfg and 'on_crash = "destroy"' in cfg
    assert "cmdline = \"'x y' z\"" in cfg


def test_args_and_argv0_reach_the_app(tmp_path: Path) -> None:
    p = tmp_path / "argv.py"
    p.write_text("import sys\nprint(sys.argv)\n")
    want = subprocess.run([sys.executable, "argv.py", "one", "two words", ""], cwd=tmp_path,
                          capture_output=True, text=True).stdout
    g = build_guest(p, ["one", "two words", ""], out_dir=tmp_path, argv0="argv.py")
    text, status = boot_qemu(g)
    assert (text, status) == (want, 0)


@pytest.mark.parametrize("source, expected_tail", [
    ("print('ok')\n", "ok\n"),
    ("import sys\nprint('bye')\nsys.exit(5)\n", "bye\n"),
    ("raise KeyError('k')\n", "KeyError: 'k'\n"),
    ("import sys\nsys.exit('message')\n", "message\n"),
])
def test_exit_status_as_cpython(tmp_path: Path, source: str, expected_tail: str) -> None:
    p = tmp_path / "app.py"
    p.write_text(source)
    text, status = boot_qemu(build_guest(p, out_dir=tmp_path))
    assert status == _cpython_status(p)
    assert text.endswith(expected_tail)


@pytest.mark.parametrize("shutdown, console, status", [
    ("poweroff", "", 0),
    ("crash", "Traceback ...\nValueError\n[xenlet] exit status 1\n", 1),
    ("crash", "[xenlet] exit status 42\n", 42),
    ("crash", "no status line\n", 1),
    ("timeout", "", 1),
    (None, "", 1),
])
def test_xen_exit_status(shutdown: str | None, console: str, status: int) -> None:
    assert xen_exit_status(shutdown, console) == status


def test_cli_run_qemu_exit_status(tmp_path: Path) -> None:
    p = tmp_path / "three.py"
    p.write_text("import sys\nprint('three')\nsys.exit(3)\n")
    proc = subprocess.run(
        [sys.executable, "-m", "freeze.boot_cli", str(p), "--run", "qemu", "-o", str(tmp_path)],
        capture_output=True, text=True, cwd=REPO, stdin=subprocess.DEVNULL)
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout == "three\n"
    assert "frozen blob" in proc.stderr and "R-X" in proc.stderr


def test_cli_freeze_error_is_status_2(tmp_path: Path) -> None:
    from freeze.boot_cli import main

    p = tmp_path / "bad.py"
    p.write_text("import no_such_module_here\n")
    r = CliRunner().invoke(main, [str(p), "-o", str(tmp_path)])
    assert r.exit_code == 2
    assert "no_such_module_here" in r.output


def test_inspect_a_linked_image(tmp_path: Path) -> None:
    g = build_guest(REPO / "examples" / "report.py", out_dir=tmp_path)
    report, modules = inspect_image(g.image)
    assert report.pvh_entry == g.report.pvh_entry
    names = [m for m, _ in modules]
    assert names[0] == "__main__" and "json" in names
    from rich.console import Console

    from freeze.boot_cli import print_elf_inspect

    con = Console(record=True, width=120)
    print_elf_inspect(str(g.image), con)
    out = con.export_text()
    assert f"PVH entry {report.pvh_entry:#x}" in out and "json" in out
