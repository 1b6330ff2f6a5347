# SPDX-License-Identifier: MIT
# Builds the probe guest (probe.c): a tiny PVH kernel that exercises the
# test bed itself, independent of the xenlet Xen platform.  The image is
# rebuilt only when its sources change.
from __future__ import annotations

import subprocess
from pathlib import Path

HERE = Path(__file__).parent
SOURCES = (HERE / "probe.c", HERE / "probe.ld")
CFLAGS = (
    "-m32",
    "-ffreestanding",
    "-fno-pic",
    "-no-pie",
    "-fno-stack-protector",
    "-nostdlib",
    "-static",
    "-O2",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-std=gnu11",
    "-D__XEN_INTERFACE_VERSION__=0x00040e00",
)


def build_probe(build_dir: Path) -> Path:
    """Compile the probe into build_dir/probe.xen (needs gcc with -m32 and
    libxen-dev's public headers) and return its path."""
    out = build_dir / "probe.xen"
    if out.exists() and all(out.stat().st_mtime >= s.stat().st_mtime for s in SOURCES):
        return out
    build_dir.mkdir(parents=True, exist_ok=True)
    argv = [
        "gcc",
        *CFLAGS,
        f"-Wl,-T,{HERE / 'probe.ld'}",
        "-Wl,--build-id=none",
        "-Wl,--no-warn-rwx-segments",
        "-o",
        str(out),
        str(HERE / "probe.c"),
    ]
    res = subprocess.run(argv, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise RuntimeError(f"probe build failed:\n{res.stderr}")
    return out
