# SPDX-License-Identifier: MIT
"""Boot tests of the Xen PVH platform on bare QEMU (no Xen), plus the image
linker/checker and the xl config writer.

The test programs (xen/tests/hello.c, fault.c) stand in for the VM.  Every
expected value is computed here, on the host, from CPython or the test
inputs, never read back from the code under test.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from elftools.elf.elffile import ELFFile

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from freeze.elfcheck import ImageCheckError, check_image  # noqa: E402
from freeze.link import LinkError, link_image  # noqa: E402
from freeze.xlcfg import XlConfigError, render_xl_config, write_xl_config  # noqa: E402
from tools.qemu_boot import boot  # noqa: E402

BUILD = ROOT / "build" / "xen"
BLOB = ROOT / "xen" / "tests" / "hello.blob"
STATUS_PANIC = 125  # xen/config.h
STATUS_FAULT = 126

have_qemu = shutil.which("qemu-system-x86_64") is not None
needs_qemu = pytest.mark.skipif(not have_qemu, reason="qemu-system-x86_64 not installed")


def make(*targets: str, build: Path = BUILD, extra_cflags: str = "") -> None:
    cmd = ["make", "-s", "-f", "xen/xen.mk", f"XEN_BUILD={build.relative_to(ROOT)}"]
    if extra_cflags:
        cmd.append(f"XEN_EXTRA_CFLAGS={extra_cflags}")
    proc = subprocess.run([*cmd, *targets], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture(scope="session")
def images() -> dict[str, Path]:
    make("xen-plat", "hello", "fault")
    return {"hello": BUILD / "hello.xen", "fault": BUILD / "fault.xen"}


def blob_hash(data: bytes) -> int:
    h = 0
    for b in data:
        h = (h * 31 + b) & 0xFFFFFFFF
    return h


def lines(text: str) -> list[str]:
    return text.strip("\n").split("\n")


# ---- image checks ----------------------------------------------------------


def test_hello_image_passes_check(images: dict[str, Path]) -> None:
    report = check_image(images["hello"], BLOB.read_bytes())
    # xen/xenlet.ld: text, the hypercall page, rodata, data, bss; the
    # hypercall page and .bss are zero-filled (no bytes in the file).
    flags = [s.flags for s in report.segments]
    assert flags == ["R-X", "R-X", "R--", "RW-", "RW-"]
    assert [s.filesz == 0 for s in report.segments] == [False, True, False, False, True]
    text = report.segments[0]
    assert text.paddr <= report.pvh_entry < text.paddr + text.filesz
    assert report.blob_size == len(BLOB.read_bytes())
    assert {".text", ".rodata", ".data", ".bss", ".note.Xen"} <= set(report.sections)


def _patched(src: Path, dst: Path, edit) -> Path:
    data = bytearray(src.read_bytes())
    edit(data)
    dst.write_bytes(bytes(data))
    return dst


def _phdrs(data: bytearray) -> list[tuple[int, int, int, int]]:
    """(offset of the entry, p_type, p_flags, p_offset) per program header."""
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    out = []
    for i in range(phnum):
        at = phoff + i * phentsize
        p_type, p_flags, p_offset = struct.unpack_from("<IIQ", data, at)
        out.append((at, p_type, p_flags, p_offset))
    return out


def test_check_rejects_changed_blob(images: dict[str, Path]) -> None:
    blob = bytearray(BLOB.read_bytes())
    blob[3] ^= 0xFF
    with pytest.raises(ImageCheckError, match="differs"):
        check_image(images["hello"], bytes(blob))


def test_check_rejects_writable_code(images: dict[str, Path], tmp_path: Path) -> None:
    def make_text_writable(data: bytearray) -> None:
        at, p_type, p_flags, _ = next(p for p in _phdrs(data) if p[1] == 1 and p[2] & 1)
        struct.pack_into("<I", data, at + 4, p_flags | 2)

    bad = _patched(images["hello"], tmp_path / "wx.xen", make_text_writable)
    with pytest.raises(ImageCheckError, match="W\\^X"):
        check_image(bad, BLOB.read_bytes())


def test_check_rejects_missing_pvh_note(images: dict[str, Path], tmp_path: Path) -> None:
    def retype_note(data: bytearray) -> None:
        _, _, _, off = next(p for p in _phdrs(data) if p[1] == 4)  # PT_NOTE
        assert struct.unpack_from("<I", data, off + 8)[0] == 18
        struct.pack_into("<I", data, off + 8, 17)

    bad = _patched(images["hello"], tmp_path / "nonote.xen", retype_note)
    with pytest.raises(ImageCheckError, match="PVH entry note"):
        check_image(bad, BLOB.read_bytes())


def test_check_rejects_non_elf(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.write_bytes(b"not an elf at all" * 10)
    with pytest.raises(ImageCheckError, match="not an ELF"):
        check_image(junk, b"")


def _object(tmp_path: Path, name: str, source: str) -> Path:
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    obj = tmp_path / f"{name}.o"
    subprocess.run(["gcc", "-c", "-O1", "-fno-pie", "-o", str(obj), str(src)], check=True)
    return obj


def test_check_rejects_undefined_symbols(images: dict[str, Path], tmp_path: Path) -> None:
    # ld refuses real undefined references and drops weak ones from a static
    # executable's symbol table, so make one by hand: vm_main's st_shndx
    # (Elf64_Sym: name 4, info 1, other 1, shndx 2 bytes) set to SHN_UNDEF.
    with images["hello"].open("rb") as f:
        symtab = ELFFile(f).get_section_by_name(".symtab")
        index = next(i for i, sym in enumerate(symtab.iter_symbols()) if sym.name == "vm_main")
        at = symtab["sh_offset"] + index * symtab["sh_entsize"] + 6

    bad = _patched(images["hello"], tmp_path / "undef.xen",
                   lambda data: struct.pack_into("<H", data, at, 0))
    with pytest.raises(ImageCheckError, match="undefined symbols: vm_main"):
        check_image(bad, BLOB.read_bytes())


def test_link_image_and_errors(images: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "linked.xen"
    blob = tmp_path / "app.img"
    blob.write_bytes(bytes(range(256)) * 3)
    link_image(blob, out, [str(BUILD / "tests" / "hello.o")],
               [str(BUILD / "libxenlet-plat.a")], name="app")
    report = check_image(out, blob.read_bytes())
    assert report.blob_size == 768

    bad = _object(tmp_path, "bad", "extern void missing_fn(void);\n"
                  "int vm_main_body(void) { missing_fn(); return 0; }\n"
                  "void vm_fault_traceback(void) {}\n"
                  "int vm_main(void) { return vm_main_body(); }\n")
    with pytest.raises(LinkError, match="missing_fn"):
        link_image(blob, tmp_path / "bad.xen", [str(bad)], [str(BUILD / "libxenlet-plat.a")])
    with pytest.raises(LinkError, match="not found"):
        link_image(tmp_path / "nope.img", tmp_path / "x.xen", [], [])


# ---- booting ---------------------------------------------------------------


@needs_qemu
@pytest.mark.parametrize("status", [0, 3])
def test_hello_boots(images: dict[str, Path], status: int) -> None:
    args = [str(status), "two words", "it's", "x"]
    before = time.time()
    text, got = boot(images["hello"], args, memory_mb=8, timeout=30)
    after = time.time()
    out = lines(text)
    assert got == status, text
    assert out[0] == "hello from xen"
    argv = ["hello", *args]
    assert out[1:1 + len(argv)] == [f"argv[{i}] = '{a}'" for i, a in enumerate(argv)]
    rest = out[1 + len(argv):]
    blob = BLOB.read_bytes()
    assert rest[0] == f"image: {len(blob)} bytes, hash {blob_hash(blob):08x}"
    assert rest[1].startswith("heap: ") and rest[1].endswith("aligned 1, stack below heap or above it 1")
    wall = int(rest[2].split()[1])
    assert before - 120 <= wall <= after + 120  # the RTC has whole seconds
    assert rest[3] == "libc: %.17g %g %e %s %.3f" % (0.1, float("1e-320"), 12345.678, "ok",
                                                     2 ** 0.5)
    assert rest[4] == "errno after overflow: ERANGE"
    assert rest[5].endswith(" ns, waited 1")
    slept = int(rest[5].split()[1])
    assert 10_000_000 <= slept < 2_000_000_000
    assert rest[6] == f"exit: {status}"
    assert len(rest) == 7


@needs_qemu
def test_hello_without_arguments_in_4_mib(images: dict[str, Path]) -> None:
    text, status = boot(images["hello"], [], memory_mb=4, timeout=30)
    out = lines(text)
    assert status == 0, text
    assert out[:2] == ["hello from xen", "argv[0] = 'hello'"]
    heap_kib = int(out[3].split()[1])
    assert 1024 <= heap_kib < 4096


@needs_qemu
@pytest.mark.parametrize("what,expect", [
    ("null", ["*** CPU exception: #PF page fault (vector 14)", "null pointer access"]),
    ("stack", ["*** CPU exception: #PF page fault (vector 14)",
               "stack overflow (C stack guard page)"]),
    ("ud", ["*** CPU exception: #UD invalid opcode (vector 6)"]),
    # #PF error codes (Intel SDM vol. 3, 4.7): P=1, W=2, I/D (fetch)=0x10
    ("write-text", ["*** CPU exception: #PF page fault (vector 14)"]),
    ("exec-data", ["*** CPU exception: #PF page fault (vector 14)"]),
])
def test_fault_report(images: dict[str, Path], what: str, expect: list[str]) -> None:
    text, status = boot(images["fault"], [what], timeout=30)
    assert status == STATUS_FAULT, text
    out = [line.strip() for line in lines(text)]
    assert out[0] == f"fault test: {what}"
    for e in expect:
        assert e in out, text
    assert " rip=0x" in text and " rsp=0x" in text and " error=0x" in text
    assert out[-1] == "traceback placeholder: fault test"
    error = int(text.split(" error=")[1].split()[0], 16)
    if what == "write-text":
        assert error & 0x3 == 0x3  # present page, write access
    if what == "exec-data":
        assert error & 0x11 == 0x11  # present page, instruction fetch (NX)


@needs_qemu
def test_fault_inside_fault_handler_stops(images: dict[str, Path]) -> None:
    text, status = boot(images["fault"], ["nested"], timeout=30)
    assert status == STATUS_FAULT, text
    assert text.count("*** CPU exception") == 1
    assert lines(text)[-1].startswith("*** fault while reporting a fault: #PF page fault")


@needs_qemu
def test_panic_and_no_fault(images: dict[str, Path]) -> None:
    text, status = boot(images["fault"], ["panic"], timeout=30)
    assert status == STATUS_PANIC
    assert lines(text)[-1] == "*** panic: deliberate panic"
    text, status = boot(images["fault"], ["none"], timeout=30)
    assert status == 0
    assert lines(text) == ["fault test: none", "no fault"]


@needs_qemu
def test_boot_timing_build() -> None:
    build = ROOT / "build" / "xen-timing"
    make("hello", build=build, extra_cflags="-DXENLET_BOOT_TIMING")
    text, status = boot(build / "hello.xen", [], timeout=30)
    assert status == 0
    first = lines(text)[0].split()
    # "[boot] N cycles from entry to first output": the bare TSC rate is
    # not known yet at the first output (it is calibrated lazily).
    assert first[0] == "[boot]" and first[1].isdigit() and first[2] == "cycles"
    assert lines(text)[1] == "hello from xen"


# ---- xl config -------------------------------------------------------------


def test_xl_config(tmp_path: Path) -> None:
    path = tmp_path / "app.cfg"
    write_xl_config(path, "app", "/srv/app.xen", 16, 'a "b" c', on_crash="preserve",
                    extra={"vif": ["bridge=xenbr0,mac=00:16:3e:00:00:01"]})
    assert path.read_text() == (
        "# xl config for a xenlet guest (written by freeze/xlcfg.py)\n"
        'name = "app"\n'
        'type = "pvh"\n'
        'kernel = "/srv/app.xen"\n'
        "memory = 16\n"
        "vcpus = 1\n"
        'cmdline = "a \\"b\\" c"\n'
        'on_poweroff = "destroy"\n'
        'on_reboot = "destroy"\n'
        'on_crash = "preserve"\n'
        'vif = ["bridge=xenbr0,mac=00:16:3e:00:00:01"]\n'
    )


@pytest.mark.parametrize("kwargs,match", [
    ({"name": "bad name"}, "domain name"),
    ({"kernel_abs_path": "rel/app.xen"}, "absolute"),
    ({"memory_mb": 0}, "memory"),
    ({"on_crash": "explode"}, "on_crash"),
    ({"cmdline": "a\nb"}, "newlines"),
])
def test_xl_config_rejects(kwargs: dict, match: str) -> None:
    args = {"name": "app", "kernel_abs_path": "/srv/app.xen", "memory_mb": 8, **kwargs}
    with pytest.raises(XlConfigError, match=match):
        render_xl_config(**args)
