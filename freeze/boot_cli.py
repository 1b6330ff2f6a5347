# SPDX-License-Identifier: MIT
"""The `freeze-and-boot` command: a Python program in, a Xen PVH guest out
(build/NAME.xen + build/NAME.cfg), optionally booted in QEMU or on the
real-Xen test bed.  Thin: parses arguments, calls freeze/boot.py, shows
progress and a size table, maps errors to exit codes.

Exit status: without --run, 0 when the guest was built and checked; with
--run, the app's own status as `python3 app.py` would give it (0; 1 after
an uncaught exception; n after sys.exit(n)); 2 when the program is rejected
by the freezer or the guest cannot be built; 3 when the emulator or test bed
itself fails.  `render_image_report` is also what `xenlet inspect app.xen`
shows.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from rich.console import Console, Group
from rich.table import Table

from freeze.boot import (
    DEFAULT_MEMORY_MB,
    BootError,
    Guest,
    RunError,
    boot_xen,
    build_guest,
    image_natives,
    inspect_image,
    qemu_command,
    qemu_status,
    xen_disks_supported,
)
from freeze.elfcheck import ImageReport
from freeze.errors import FreezeError
from freeze.xlcfg import (
    DiskSpec,
    NetSpec,
    XlConfigError,
    parse_disk_spec,
    parse_net_spec,
)

EXIT_BUILD = 2
EXIT_RUN = 3


def _kb(n: int) -> str:
    return f"{n:,}" if n < 10_000 else f"{n:,} ({n / 1024:.1f} KiB)"


def _sections_row(sections: dict[str, int]) -> tuple[int, int, int, int]:
    text = sections.get(".text", 0)
    rodata = sum(v for k, v in sections.items() if k.startswith((".rodata", ".note", ".eh_frame")))
    data = sections.get(".data", 0)
    bss = sections.get(".bss", 0)
    return text, rodata, data, bss


def render_image_report(report: ImageReport, modules: list[tuple[str, int]],
                        natives: list[str], blob_size: int, file_size: int,
                        title: str) -> Group:
    """Tables describing a linked image: sizes, ELF segments with the PVH
    entry, frozen modules with their bytecode sizes, linked natives."""
    text, rodata, data, bss = _sections_row(report.sections)
    sizes = Table(title=title, show_header=True)
    sizes.add_column("part")
    sizes.add_column("bytes", justify="right")
    sizes.add_row("image file", _kb(file_size))
    sizes.add_row("loaded from file (text+rodata+data)",
                  _kb(sum(s.filesz for s in report.segments)))
    sizes.add_row("  text", _kb(text))
    sizes.add_row("  rodata (with the frozen blob)", _kb(rodata))
    sizes.add_row("  data", _kb(data))
    sizes.add_row("bss (zeroed at load)", _kb(bss))
    sizes.add_row("frozen blob", _kb(blob_size))

    segs = Table(title=f"ELF segments (PVH entry {report.pvh_entry:#x})")
    for col in ("vaddr", "paddr", "file size", "mem size", "flags"):
        segs.add_column(col, justify="right" if "size" in col else "left")
    for s in report.segments:
        segs.add_row(f"{s.vaddr:#x}", f"{s.paddr:#x}", f"{s.filesz:,}", f"{s.memsz:,}", s.flags)

    mods = Table(title="frozen modules")
    mods.add_column("module")
    mods.add_column("bytecode bytes", justify="right")
    for name, size in modules:
        mods.add_row(name, f"{size:,}")
    mods.add_row("native: " + ", ".join(natives), "")
    return Group(sizes, segs, mods)


def guest_report(guest: Guest) -> Group:
    return render_image_report(guest.report, guest.modules, guest.natives, len(guest.blob),
                               guest.file_size, f"{guest.image} ({guest.memory_mb} MiB guest)")


def print_elf_inspect(path: str, console: Console | None = None) -> None:
    """What `xenlet inspect app.xen` prints for a linked image."""
    report, modules = inspect_image(path)
    blob_size = report.blob_size
    (console or Console()).print(render_image_report(
        report, modules, image_natives(path), blob_size, Path(path).stat().st_size, path))


def _run_qemu(guest: Guest, err: Console) -> int:
    """Boot in QEMU with the console on this terminal; the app's status."""
    cmd = qemu_command(guest)
    err.print(f"[dim]$ {' '.join(cmd)}[/dim]", soft_wrap=True)
    sys.stdout.flush()
    try:
        # The terminal is the serial console (Ctrl-A X quits); QEMU's own
        # messages are kept back unless it fails (it warns about the
        # sercon-port fw_cfg name on every run).
        proc = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
    except FileNotFoundError:
        raise RunError("qemu-system-x86_64 not found (apt-get install qemu-system-x86)")
    status = qemu_status(proc.returncode)
    if status is None:
        raise RunError(f"the guest stopped without reporting an exit status "
                       f"(QEMU exited {proc.returncode}): {proc.stderr.strip()}")
    return status


def _run_xen(guest: Guest, err: Console) -> int:
    err.print("booting the real-Xen test bed (about a minute under QEMU) ...")
    console, shutdown, status = boot_xen(guest)
    sys.stdout.write(console)
    sys.stdout.flush()
    err.print(f"[dim]domain ended: {shutdown}; app exit status {status}[/dim]")
    return status


def _nets(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[NetSpec]:
    try:
        return [parse_net_spec(v) for v in values]
    except XlConfigError as e:
        raise click.BadParameter(str(e), ctx, param) from e


def _disks(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[DiskSpec]:
    try:
        return [parse_disk_spec(v) for v in values]
    except XlConfigError as e:
        raise click.BadParameter(str(e), ctx, param) from e


# Options are recognised anywhere (`freeze-and-boot app.py --run qemu`);
# other words, and everything after `--`, are the app's arguments.
@click.command(context_settings={"ignore_unknown_options": True,
                                 "allow_interspersed_args": True})
@click.argument("program", type=click.Path(exists=True, dir_okay=False))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("--memory", "memory_mb", type=click.IntRange(min=1), default=None,
              help=f"guest memory in MiB (default {DEFAULT_MEMORY_MB})")
@click.option("--name", default=None, help="guest and file name (default: program stem)")
@click.option("-o", "--output", "out_dir", default="build", show_default=True,
              type=click.Path(file_okay=False), help="folder for NAME.xen and NAME.cfg")
@click.option("--run", "run", type=click.Choice(["qemu", "xen"]), default=None,
              help="boot the guest: QEMU direct boot, or the real-Xen test bed")
@click.option("--boot-timing", is_flag=True,
              help="platform prints its boot time (TSC cycles to first output)")
@click.option("--net", "nets", multiple=True, callback=_nets, metavar="bridge=NAME[,mac=MAC]",
              help="a vif on dom0 bridge NAME (repeatable; default MAC in 00:16:3e)")
@click.option("--disk", "disks", multiple=True, callback=_disks,
              metavar="PATH[,vdev=xvdX][,ro]",
              help="a raw disk image (repeatable; vdevs default to xvda, xvdb, ...)")
@click.option("-q", "--quiet", is_flag=True, help="no progress or size table")
def main(program: str, args: tuple[str, ...], memory_mb: int | None, name: str | None,
         out_dir: str, run: str | None, boot_timing: bool, nets: list[NetSpec],
         disks: list[DiskSpec], quiet: bool) -> None:
    """Freeze PROGRAM into a Xen PVH guest: OUT/NAME.xen and the xl config
    OUT/NAME.cfg (boot it with `xl create OUT/NAME.cfg -c`).  ARGS become
    the app's sys.argv[1:], through the guest command line; put them after
    `--` when they look like this command's options."""
    err = Console(stderr=True, quiet=quiet)
    if run == "xen" and disks and not xen_disks_supported():
        click.echo("freeze-and-boot: --disk with --run xen is not supported yet (this test "
                   "bed cannot hand a host file to dom0 as a disk)", err=True)
        sys.exit(EXIT_RUN)
    try:
        with err.status("building the guest") as status:
            guest = build_guest(program, args, name=name, out_dir=out_dir,
                                memory_mb=memory_mb, timing=boot_timing,
                                progress=lambda m: status.update(m),
                                nets=nets, disks=disks)
    except FreezeError as e:
        click.echo(str(e), err=True)
        sys.exit(EXIT_BUILD)
    except BootError as e:
        click.echo(f"freeze-and-boot: {e}", err=True)
        sys.exit(EXIT_BUILD)
    err.print(guest_report(guest))
    err.print(f"[green]wrote[/green] {guest.image} and {guest.config}")
    if run is None:
        return
    if run == "qemu" and (nets or disks):
        err.print("[yellow]note:[/yellow] QEMU direct boot has no Xen underneath: the "
                  "--net/--disk devices are only in the xl config (xen.net and "
                  "xen.block raise OSError ENODEV here)")
    try:
        code = _run_qemu(guest, err) if run == "qemu" else _run_xen(guest, err)
    except BootError as e:
        click.echo(f"freeze-and-boot: {e}", err=True)
        sys.exit(EXIT_RUN)
    sys.exit(code)


if __name__ == "__main__":
    main()
