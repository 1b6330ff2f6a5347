# SPDX-License-Identifier: MIT
# xen/netfront.c's ring logic on the host, without Xen: netfront_host.c
# compiles the driver with stand-ins for the platform and plays the backend
# (good and malformed rx responses, tx completions in any order, a runaway
# producer, grants running out), built with AddressSanitizer and UBSan.
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CFLAGS = ["-std=gnu11", "-O1", "-g", "-Wall", "-Wextra", "-Werror",
          "-fsanitize=address,undefined", "-fno-sanitize-recover=all",
          "-D__XEN_INTERFACE_VERSION__=0x00040e00"]


def test_netfront_rings_on_the_host(tmp_path: Path) -> None:
    if shutil.which("gcc") is None or not Path("/usr/include/xen/io/netif.h").exists():
        pytest.skip("needs gcc and the Xen public headers (libxen-dev)")
    exe = tmp_path / "netfront_host"
    build = subprocess.run(["gcc", *CFLAGS, str(HERE / "netfront_host.c"), "-o", str(exe)],
                           capture_output=True, text=True, check=False)
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("netfront host test: ") and "checks passed" in run.stdout
