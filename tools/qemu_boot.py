# SPDX-License-Identifier: MIT
"""Boot a xenlet PVH image directly in QEMU (no Xen) and collect the result.

``boot(image, args)`` runs ``qemu-system-x86_64 -kernel image -append args``
with the serial console on stdout and QEMU's isa-debug-exit device at port
0xf4, and returns ``(console_text, status)``.  The guest reports its exit
status by writing it to port 0xf4 (xen/start.c); QEMU then exits with
``(status << 1) | 1``, so status is recovered as ``code >> 1`` for odd exit
codes.  ``status`` is None when the guest stopped without reporting (QEMU
exited 0, e.g. a triple fault with -no-reboot) and ``BootTimeout`` is raised
when the guest does not stop in time.  Usable as a script too:

    python3 tools/qemu_boot.py build/xen/hello.xen 3 "two words"
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

QEMU = "qemu-system-x86_64"


class BootTimeout(Exception):
    """The guest did not stop within the timeout; carries the output so far."""

    def __init__(self, message: str, console_text: str) -> None:
        super().__init__(message)
        self.console_text = console_text


class BootError(Exception):
    """QEMU itself failed (bad arguments, unloadable image)."""


def _quote(arg: str) -> str:
    """Quote one argument for the guest's command line splitter
    (xen/start.c: spaces separate, single or double quotes group)."""
    if arg and not any(c in arg for c in " \t'\""):
        return arg
    return shlex.quote(arg)


def qemu_command(image: str | Path, args: list[str], memory_mb: int = 8) -> list[str]:
    """The QEMU command line ``boot`` runs (for logs and manual runs)."""
    return [
        QEMU,
        "-accel", "tcg",
        "-M", "q35",
        "-m", str(memory_mb),
        "-nographic",
        "-no-reboot",
        "-serial", "stdio",
        "-monitor", "none",
        "-net", "none",
        # keep SeaBIOS's own console messages off the serial port
        "-fw_cfg", "name=etc/sercon-port,string=0",
        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
        "-kernel", str(image),
        "-append", " ".join(_quote(a) for a in args),
    ]


def boot(
    image: str | Path,
    args: list[str],
    memory_mb: int = 8,
    timeout: float = 30.0,
    stdin: bytes = b"",
) -> tuple[str, int | None]:
    """Boot image with args; return (console text, guest exit status or None)."""
    cmd = qemu_command(image, args, memory_mb)
    try:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        raise BootTimeout(f"guest did not stop within {timeout} s", out) from None
    # Byte for byte what the guest wrote (it adds no \r of its own: a
    # program's "\r\n", as csv writes, must stay one).
    text = proc.stdout.decode("utf-8", "replace")
    code = proc.returncode
    if code == 0:
        return text, None
    if code % 2 == 1:
        return text, code >> 1
    err = proc.stderr.decode("utf-8", "replace").strip()
    raise BootError(f"{QEMU} exited with {code}: {err}")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(f"usage: {argv[0]} IMAGE [ARG...]", file=sys.stderr)
        return 2
    text, status = boot(argv[1], argv[2:])
    sys.stdout.write(text)
    print(f"[qemu_boot] status: {status}", file=sys.stderr)
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
