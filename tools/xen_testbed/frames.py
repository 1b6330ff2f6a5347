# SPDX-License-Identifier: MIT
# Builds frames.c (the raw Ethernet frame tool, /bin/xenlet-frames in dom0)
# with the host's gcc as a static binary.  Promise: the binary is rebuilt
# only when the source changes (its hash names the cached file).
from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

SOURCE = Path(__file__).with_name("frames.c")
CFLAGS = ("-static", "-O2", "-std=gnu11", "-Wall", "-Wextra", "-Werror")
DOM0_PATH = "bin/xenlet-frames"


class FramesBuildError(RuntimeError):
    """frames.c did not compile (the compiler's message is included)."""


def build_frames(build_dir: Path) -> Path:
    """build_dir/xenlet-frames-<hash of source and flags>, compiled if absent."""
    h = hashlib.sha256(SOURCE.read_bytes() + " ".join(CFLAGS).encode()).hexdigest()
    out = build_dir / f"xenlet-frames-{h[:16]}"
    if out.exists():
        return out
    build_dir.mkdir(parents=True, exist_ok=True)
    for old in build_dir.glob("xenlet-frames-*"):
        old.unlink()
    tmp = out.with_suffix(".tmp")
    res = subprocess.run(
        ["gcc", *CFLAGS, "-o", str(tmp), str(SOURCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if res.returncode != 0:
        raise FramesBuildError(f"gcc {SOURCE.name} failed:\n{res.stderr}")
    tmp.rename(out)
    return out
