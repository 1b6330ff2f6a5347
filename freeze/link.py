# SPDX-License-Identifier: MIT
"""Link a frozen program, the VM and the Xen platform into a PVH image.

``link_image`` turns the frozen blob into an object with ``xen/image.S``
(``.incbin``, symbols ``xenlet_image_start``/``xenlet_image_end`` and the
program name ``xenlet_image_name``), then runs ``ld`` with ``xen/xenlet.ld``:
a static ELF64 with separate text (R+X), rodata (R, holding the blob) and
data (RW) segments, ``--gc-sections``, and musl's static ``libc.a`` plus
libgcc in a group after the caller's archives.  The flags are those of
``XEN_LDFLAGS`` in ``xen/xen.mk``; keep the two in step.  Failures raise
``LinkError`` carrying the tool's own message.  Nothing here prints.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XEN_DIR = ROOT / "xen"
LINKER_SCRIPT = XEN_DIR / "xenlet.ld"
IMAGE_ASM = XEN_DIR / "image.S"
MUSL_LIBC = Path("/usr/lib/x86_64-linux-musl/libc.a")

LDFLAGS = [
    "-nostdlib", "-static", "-no-pie",
    "--gc-sections",
    "--strip-debug",  # the guest never reads DWARF; the symbol table stays for nm/inspect
    "-z", "max-page-size=4096",
    "-z", "noexecstack",
]


class LinkError(Exception):
    """The image could not be linked; str() is the tool's message."""


def _run(cmd: list[str], what: str) -> None:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
    except FileNotFoundError as e:
        raise LinkError(f"{what}: {cmd[0]} not found") from e
    if proc.returncode != 0:
        msg = (proc.stderr or proc.stdout).strip()
        raise LinkError(f"{what} failed: {msg}")


def _asm_string(s: str, what: str) -> str:
    """A C string literal for -D; refuses what the assembler cannot take."""
    if any(c in s for c in '"\\\n') or not s.isprintable():
        raise LinkError(f"{what} contains characters the image object cannot hold: {s!r}")
    return f'"{s}"'


def libgcc_path(cc: str = "gcc") -> str:
    """libgcc.a of the host compiler (support routines such as 128-bit division)."""
    proc = subprocess.run([cc, "-print-libgcc-file-name"], capture_output=True, text=True)
    if proc.returncode != 0:
        raise LinkError(f"{cc} -print-libgcc-file-name failed: {proc.stderr.strip()}")
    return proc.stdout.strip()


def blob_object(blob_path: str | Path, out_obj: str | Path, name: str = "xenlet",
                cc: str = "gcc") -> None:
    """Assemble xen/image.S around blob_path into out_obj."""
    blob = Path(blob_path).resolve()
    if not blob.is_file():
        raise LinkError(f"frozen image not found: {blob_path}")
    _run([
        cc, "-c", str(IMAGE_ASM), "-o", str(out_obj),
        f"-DXENLET_IMAGE_FILE={_asm_string(str(blob), 'image path')}",
        f"-DXENLET_IMAGE_NAME={_asm_string(name, 'program name')}",
    ], "assembling the frozen image")


def link_image(
    blob_path: str | Path,
    out_path: str | Path,
    objects: list[str],
    libs: list[str],
    *,
    name: str = "xenlet",
    ld: str = "ld",
    cc: str = "gcc",
    libc: str | Path = MUSL_LIBC,
) -> None:
    """Link objects (the VM's and anything else that must be kept whole),
    libs (archives such as build/xen/libxenlet-plat.a, searched as a group
    with musl's libc.a and libgcc) and the blob into the image out_path.
    ``name`` becomes argv[0] in the guest."""
    if not Path(libc).is_file():
        raise LinkError(f"musl libc.a not found at {libc} (apt-get install musl-dev)")
    for f in [*objects, *libs]:
        if not Path(f).is_file():
            raise LinkError(f"input not found: {f}")
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="xenlet-link-") as tmp:
        obj = Path(tmp) / "image.o"
        blob_object(blob_path, obj, name=name, cc=cc)
        cmd = [
            ld, *LDFLAGS, "-T", str(LINKER_SCRIPT), "-o", str(out),
            *[str(o) for o in objects], str(obj),
            "--start-group", *[str(lib) for lib in libs], str(libc), libgcc_path(cc),
            "--end-group",
        ]
        _run(cmd, "linking the image")
