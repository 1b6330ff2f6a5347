# SPDX-License-Identifier: MIT
"""The `xenlet` command: run, freeze and inspect.  Thin: parses arguments,
calls the library, maps FreezeError and friends to exit codes (2 for a
program the freezer rejects, as a compiler would)."""
from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import click

from freeze.deps import REPO, _cache_dir, collect
from freeze.errors import FreezeError
from freeze.image import ImageFormatError, read_summary, write_image


def vm_binary() -> Path:
    """The Linux VM: $XENLET_VM, else the one built in this checkout."""
    env = os.environ.get("XENLET_VM")
    if env:
        return Path(env)
    return REPO / "build" / "xenlet-vm"


def freeze_to_blob(program: str) -> bytes:
    modules = collect(program, entry_display=program, target="linux")
    return write_image(modules)


def _fail(e: Exception) -> None:
    click.echo(str(e), err=True)
    sys.exit(2)


@click.group()
def main() -> None:
    """xenlet: freeze Python programs into sealed images for the xenlet VM."""


@main.command(context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.argument("program", type=click.Path(exists=True, dir_okay=False))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def run(program: str, args: tuple[str, ...]) -> None:
    """Freeze PROGRAM and run it on the xenlet VM as a Linux process; same
    stdout, stderr and exit status as `python3 PROGRAM ARGS...`."""
    try:
        blob = freeze_to_blob(program)
    except FreezeError as e:
        _fail(e)
        return
    key = hashlib.sha256(blob).hexdigest()[:24]
    img = _cache_dir() / "images" / f"{key}.img"
    if not img.exists():
        img.parent.mkdir(parents=True, exist_ok=True)
        tmp = img.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, img)
    vm = vm_binary()
    if not vm.exists():
        click.echo(f"xenlet: the VM is not built ({vm}); run `make` first", err=True)
        sys.exit(2)
    env = dict(os.environ, XENLET_ARGV0=program)
    sys.stdout.flush()
    os.execve(str(vm), [str(vm), str(img), *args], env)


@main.command()
@click.argument("program", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="image file (default: PROGRAM with .img)")
def freeze(program: str, output: str | None) -> None:
    """Compile PROGRAM and exactly the modules it imports into an image."""
    try:
        blob = freeze_to_blob(program)
    except FreezeError as e:
        _fail(e)
        return
    out = Path(output) if output else Path(program).with_suffix(".img")
    out.write_bytes(blob)
    summary = read_summary(blob)
    click.echo(f"{out}: {len(blob)} bytes, {len(summary.modules)} modules")


@main.command()
@click.argument("image", type=click.Path(exists=True, dir_okay=False))
def inspect(image: str) -> None:
    """Show what an image (.img, or a .xen guest) holds: modules and bytecode
    sizes; for a guest also its ELF segments and PVH entry."""
    from rich.console import Console
    from rich.table import Table

    blob = Path(image).read_bytes()
    if blob[:4] == b"\x7fELF":  # a guest image: segments, PVH entry, modules
        from freeze.boot_cli import print_elf_inspect

        print_elf_inspect(image)
        return
    try:
        s = read_summary(blob)
    except ImageFormatError as e:
        _fail(e)
        return
    t = Table(title=f"{image}: image version {s.version:#x}, {s.size} bytes, {s.ncodes} code objects")
    t.add_column("module")
    t.add_column("package")
    t.add_column("bytecode words", justify="right")
    for name, pkg, words in s.modules:
        t.add_row(name, "yes" if pkg else "", str(words))
    Console().print(t)


if __name__ == "__main__":
    main()
