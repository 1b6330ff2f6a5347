# SPDX-License-Identifier: MIT
"""Turn a Python program into a bootable Xen PVH guest, and boot it.

``build_guest(app, args)`` freezes the program (freeze.deps / freeze.image),
makes sure the VM core and the platform are compiled for the guest
(``make -f xen/xen.mk``: ``build/xen/libxenlet-vm.a`` and
``libxenlet-plat.a``, rebuilt only when their sources change), compiles a
native module table naming only the natives the program imports, links the
image with freeze/link.py, validates it with freeze/elfcheck.py and writes
the xl config with freeze/xlcfg.py.  It returns a ``Guest`` describing the
result (paths, sizes, modules).  ``boot_qemu`` and ``boot_xen`` boot a guest
in QEMU (no Xen) or in the real-Xen test bed (tools/xen_testbed).

Promises: nothing here prints or exits; every failure is a ``BootError``
subclass (``FreezeError`` from the compiler passes through unchanged, it
already carries file, line and column).  A returned Guest's image has
passed ``check_image``.  Concurrent callers (pytest-xdist workers) are safe:
the shared library build takes a file lock, and each image is written to a
temporary name first.
"""

from __future__ import annotations

import fcntl
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from freeze.code import Code
from freeze.deps import NATIVE_MODULES, collect
from freeze.elfcheck import ImageCheckError, ImageReport, check_image
from freeze.image import FrozenModule, read_summary, write_image
from freeze.opcodes import OPS
from freeze.link import LinkError, link_image, syms_path
from freeze.xlcfg import (
    DiskSpec,
    NetSpec,
    XlConfigError,
    device_entries,
    render_xl_config,
)

REPO = Path(__file__).resolve().parent.parent
XEN_MK = REPO / "xen" / "xen.mk"

# The memory a guest gets when --memory is not given.  Measured with
# tools/bench_boot.py (docs/xen.md): the smallest size that still runs
# examples/hello.py is 3 MiB and examples/report.py (json, dataclasses,
# collections) 4 MiB, both in QEMU direct boot and under Xen.  Twice the
# heavier example leaves room for an app's data; the whole differential
# corpus runs at this size (tests/xen_boot).  The heap is all RAM the image
# does not occupy (xen/mm.c); use --memory for apps that hold more.
DEFAULT_MEMORY_MB = 8

# Natives every image needs: vm_main imports sys before the program runs.
ALWAYS_NATIVE = ("sys",)

Progress = Callable[[str], None]


class BootError(Exception):
    """Building or booting a guest failed; str() says what and why."""


class BuildError(BootError):
    """The VM or platform did not compile, or the image did not link."""


class CheckError(BootError):
    """The linked image failed freeze/elfcheck.py's checks."""


class ConfigError(BootError):
    """A name, memory size or argument cannot go into the xl config."""


class RunError(BootError):
    """The emulator or test bed could not run the guest (not the app's
    own failure, which is reported as an exit status)."""


@dataclass
class Guest:
    """A linked, checked guest.  ``modules`` is (name, bytecode bytes) in
    image order; ``natives`` the native modules the image links."""

    app: Path
    name: str
    image: Path
    config: Path
    args: list[str]
    memory_mb: int
    blob: bytes
    natives: list[str]
    modules: list[tuple[str, int]]
    report: ImageReport
    cmdline: str = ""
    sections: dict[str, int] = field(default_factory=dict)
    nets: list[NetSpec] = field(default_factory=list)  # --net, in vif order
    disks: list[DiskSpec] = field(default_factory=list)  # --disk, in order

    @property
    def file_size(self) -> int:
        return self.image.stat().st_size

    @property
    def load_size(self) -> int:
        """Bytes the loader copies from the file (text + rodata + data)."""
        return sum(s.filesz for s in self.report.segments)


# ---- compiling the VM and the platform --------------------------------------


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def build_dir(timing: bool = False) -> Path:
    """Where the guest libraries live: build/xen, or build/xen-timing for
    the platform built with -DXENLET_BOOT_TIMING."""
    return REPO / "build" / ("xen-timing" if timing else "xen")


def build_libs(timing: bool = False) -> list[Path]:
    """Compile what changed and return the archives an image links:
    [VM core, platform].  With timing, the platform prints its boot time
    (xen/README.md); the VM core is the same in both."""
    vm_dir, plat_dir = build_dir(False), build_dir(timing)
    jobs = str(max(1, os.cpu_count() or 1))
    steps = [["make", "-s", "-j", jobs, "-f", str(XEN_MK), "xen-vm", "xen-plat",
              f"XEN_BUILD={vm_dir.relative_to(REPO)}"]]
    if timing:
        steps.append(["make", "-s", "-j", jobs, "-f", str(XEN_MK), "xen-plat",
                      f"XEN_BUILD={plat_dir.relative_to(REPO)}",
                      "XEN_EXTRA_CFLAGS=-DXENLET_BOOT_TIMING"])
    with _locked(REPO / "build" / ".xen-build.lock"):
        for cmd in steps:
            try:
                proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
            except FileNotFoundError as e:
                raise BuildError("make not found (apt-get install make)") from e
            if proc.returncode != 0:
                msg = (proc.stderr or proc.stdout).strip()
                raise BuildError(f"building the guest VM failed:\n{msg}")
    return [vm_dir / "libxenlet-vm.a", plat_dir / "libxenlet-plat.a"]


# ---- the per-app native module table ----------------------------------------


def _codes(code: Code) -> Iterator[Code]:
    """code and every code object nested in it (functions, classes,
    comprehensions), each once."""
    todo = [code]
    while todo:
        c = todo.pop()
        yield c
        todo.extend(k for k in c.consts if isinstance(k, Code))


def _words(code: Code, out: set[str]) -> None:
    """The names of code (and of the code nested in it) and its string
    constants, also those inside tuple and frozenset constants."""
    for c in _codes(code):
        out.update(c.names)
        todo = list(c.consts)
        while todo:
            k = todo.pop()
            if isinstance(k, str):
                out.add(k)
            elif isinstance(k, (tuple, frozenset)):
                todo.extend(k)


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def core_names() -> set[str]:
    """The names the C core looks up by name (vm/names.def)."""
    text = (REPO / "vm" / "names.def").read_text()
    return set(re.findall(r"\bNAME\((\w+)\)", text))


def method_names(modules: Iterable[FrozenModule]) -> set[str]:
    """The built-in methods (and builtins) an image keeps: every name and
    every identifier inside a string constant of its frozen code (so
    getattr(x, "name") and attrgetter("a.b") find theirs), and the names
    the core itself looks up.  A method reached only through a name
    computed at run time is not kept (docs/differences.md)."""
    words: set[str] = set()
    for m in modules:
        _words(m.code, words)
    names = core_names()
    for w in words:
        names.update(_IDENT.findall(w))
    return names


def natives_for(modules: Iterable[FrozenModule]) -> list[str]:
    """The natives a program may import: sys always, each other core
    native whose name appears among the names or string constants of any of
    its frozen code (an import statement puts the module's name there), and
    likewise the Xen platform's device modules (`_xen`, `_blkif`,
    `_netif`: stdlib/xen imports them), which go into port_modules.
    Over-inclusion is harmless (a few KB); leaving one out would turn an
    import into ModuleNotFoundError, so this errs on the generous side."""
    from freeze.deps import XEN_NATIVES

    seen: set[str] = set()
    for m in modules:
        _words(m.code, seen)
    extra = sorted(n for n in NATIVE_MODULES if n in seen and n not in ALWAYS_NATIVE)
    platform = sorted(n for n in XEN_NATIVES if n in seen)
    return [*ALWAYS_NATIVE, *extra, *platform]


# The opcodes whose C helpers (vm/match.c) an image links only when its
# code has them (vm/vm.h, MATCH_LINK).
_MATCH_OPS = frozenset(OPS[n].number for n in ("MATCH_SEQUENCE", "MATCH_MAPPING", "MATCH_KEYS", "MATCH_CLASS"))


def uses_match(modules: Iterable[FrozenModule]) -> bool:
    """Does any frozen code (nested code included) run a match statement?"""
    return any(w & 0xFF in _MATCH_OPS for m in modules for c in _codes(m.code) for w in c.code)


def natives_source(natives: Sequence[str], match: bool = False) -> str:
    """C source of vm_native_modules (see vm/natives.c) and of the Xen
    platform's port_modules (vm/port.h) for these natives.  Each core
    native `x` has its init function `mod_x_init` (`_struct`:
    mod_struct_init) declared in vm/obj.h; each platform native `_x` has
    `void *mod_x_init(void)` in xen/ (declared in xen/platform.h).  With
    match, a reference to vm/match.c's helpers makes the linker take them
    from the VM's archive (the interpreter's own references are weak)."""
    from freeze.deps import XEN_NATIVES

    rows, prows, decls = [], [], []
    for n in natives:
        init = f"mod_{n.lstrip('_')}_init"
        if n in XEN_NATIVES:
            decls.append(f"void *{init}(void);\n")
            prows.append(f'    {{"{n}", {init}}},')
        elif n in NATIVE_MODULES:
            rows.append(f'    {{"{n}", {init}}},')
        else:
            raise BuildError(f"not a native module: {n}")
    return ("/* SPDX-License-Identifier: MIT */\n"
            "/* Generated by freeze/boot.py: the native modules this image links. */\n"
            '#include "obj.h"\n#include "port.h"\n\n'
            + "".join(decls) +
            "const NativeModule vm_native_modules[] = {\n"
            + "\n".join(rows) + "\n    {NULL, NULL},\n};\n"
            "const port_module port_modules[] = {\n"
            + "".join(r + "\n" for r in prows) + "    {NULL, NULL},\n};\n"
            # Declared here, not through vm.h, where the name is weak: this
            # reference must be a strong one to pull vm/match.c in.
            + ("void match_sequence(void);\n"
               "void (*const xenlet_link_match)(void) = match_sequence;\n" if match else ""))


def _xen_cflags() -> list[str]:
    """XEN_VM_CFLAGS of xen/xen.mk, asked from make so the two never drift."""
    proc = subprocess.run(
        ["make", "-s", "-f", str(XEN_MK), "--eval", "print-cflags: ; @echo $(XEN_VM_CFLAGS)",
         "print-cflags"], cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        raise BuildError(f"reading XEN_VM_CFLAGS from xen/xen.mk failed: {proc.stderr.strip()}")
    return shlex.split(proc.stdout.strip())


def natives_object(natives: Sequence[str], match: bool = False) -> Path:
    """The compiled tables for this set of natives, cached per set under
    build/xen/natives/ (at most 2**7 sets: sys is always in)."""
    key = "-".join(n.lstrip("_") for n in natives) + ("-match" if match else "")
    out_dir = build_dir(False) / "natives"
    obj = out_dir / f"natives-{key}.o"
    src = out_dir / f"natives-{key}.c"
    text = natives_source(natives, match)
    headers = [*(REPO / "vm").glob("*.h"), XEN_MK]
    if obj.exists() and src.exists() and src.read_text() == text and \
            all(obj.stat().st_mtime >= h.stat().st_mtime for h in headers):
        return obj
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp_src = src.with_suffix(f".{os.getpid()}.c")
    tmp_obj = obj.with_suffix(f".{os.getpid()}.o")
    tmp_src.write_text(text)
    cmd = ["gcc", *_xen_cflags(), "-c", str(tmp_src), "-o", str(tmp_obj)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if proc.returncode != 0:
        tmp_src.unlink(missing_ok=True)
        raise BuildError(f"compiling the native module table failed:\n{proc.stderr.strip()}")
    os.replace(tmp_obj, obj)
    os.replace(tmp_src, src)
    return obj


# ---- building a guest ---------------------------------------------------------


_NAME_OK = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")


def guest_cmdline(args: Sequence[str]) -> str:
    """The start_info command line that gives the app these argv[1:]
    (xen/start.c splits on blanks; quotes group, no escapes)."""
    words = []
    for a in args:
        if "\n" in a or "\0" in a:
            raise ConfigError(f"guest arguments cannot hold newlines or NULs: {a!r}")
        if a and not any(c in a for c in " \t'\""):
            words.append(a)
        elif "'" not in a:
            words.append(f"'{a}'")
        elif '"' not in a:
            words.append(f'"{a}"')
        else:
            raise ConfigError(f"an argument cannot hold both quote kinds: {a!r}")
    line = " ".join(words)
    if len(line.encode()) > 1023:
        raise ConfigError("guest command line over 1023 bytes (xen/start.c)")
    return line


def _argv0_ok(s: str) -> bool:
    return bool(s) and s.isprintable() and not any(c in s for c in '"\\')


def module_sizes(blob: bytes) -> list[tuple[str, int]]:
    """(module, bytecode bytes) per frozen module, from the blob itself."""
    return [(name, 4 * words) for name, _pkg, words in read_summary(blob).modules]


def build_guest(
    app: str | Path,
    args: Sequence[str] = (),
    *,
    name: str | None = None,
    out_dir: str | Path = "build",
    memory_mb: int | None = None,
    timing: bool = False,
    progress: Progress | None = None,
    write_config: bool = True,
    argv0: str | None = None,
    libs: Sequence[Path] | None = None,
    nets: Sequence[NetSpec] = (),
    disks: Sequence[DiskSpec] = (),
) -> Guest:
    """Freeze app, link it into out_dir/NAME.xen, check it, write
    out_dir/NAME.cfg.  NAME defaults to the app's file stem.  argv0 is the
    app's sys.argv[0] and the file name its tracebacks show (default: app
    as given, as `python3 app.py` would show it).  libs skips the library
    build step with archives from an earlier build_libs().  nets and
    disks become the config's vif and disk lists (freeze/xlcfg.py)."""
    say = progress or (lambda _msg: None)
    app = Path(app)
    if not app.is_file():
        raise BootError(f"no such program: {app}")
    name = name or app.stem
    if not _NAME_OK.match(name):
        raise ConfigError(f"bad guest name {name!r} (letters, digits, _ . - ; "
                          "use --name)")
    memory = DEFAULT_MEMORY_MB if memory_mb is None else memory_mb
    if memory < 1:
        raise ConfigError(f"memory must be at least 1 MiB, not {memory}")
    cmdline = guest_cmdline(args)
    try:
        devices = device_entries(name, list(nets), list(disks))
    except XlConfigError as e:
        raise ConfigError(str(e)) from e
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)

    argv0 = argv0 or (str(app) if _argv0_ok(str(app)) else app.name)
    if not _argv0_ok(argv0):
        raise ConfigError(f"program name {argv0!r} cannot go into the image "
                          "(quotes, backslashes or control characters)")

    say(f"freezing {app}")
    modules = collect(app, entry_display=argv0)
    blob = write_image(modules)
    natives = natives_for(modules)

    if libs is None:
        say("compiling the VM and the Xen platform")
        libs = build_libs(timing)
    table = natives_object(natives, uses_match(modules))

    say("linking the image")
    image = out / f"{name}.xen"
    tmp_image = image.with_name(f".{name}.{os.getpid()}.xen")
    with tempfile.TemporaryDirectory(prefix="xenlet-boot-") as tmp:
        blob_path = Path(tmp) / f"{name}.img"
        blob_path.write_bytes(blob)
        try:
            link_image(blob_path, tmp_image, [str(table)], [str(p) for p in libs], name=argv0,
                       methods=method_names(modules),
                       keep_symbols=[f"mod_{n.lstrip('_')}_init" for n in natives])
        except LinkError as e:
            tmp_image.unlink(missing_ok=True)
            syms_path(tmp_image).unlink(missing_ok=True)
            raise BuildError(str(e)) from e

    say("checking the image")
    try:
        report = check_image(tmp_image, blob, symbols=syms_path(tmp_image))
    except ImageCheckError as e:
        tmp_image.unlink(missing_ok=True)
        syms_path(tmp_image).unlink(missing_ok=True)
        raise CheckError(str(e)) from e
    os.replace(syms_path(tmp_image), syms_path(image))
    os.replace(tmp_image, image)
    report.path = str(image)

    config = out / f"{name}.cfg"
    if write_config:
        try:
            text = render_xl_config(name, image, memory, cmdline=cmdline,
                                    on_poweroff="destroy", on_crash="destroy",
                                    extra=devices)
        except XlConfigError as e:
            raise ConfigError(str(e)) from e
        config.write_text(text)

    return Guest(app=app, name=name, image=image, config=config, args=list(args),
                 memory_mb=memory, blob=blob, natives=natives,
                 modules=module_sizes(blob), report=report, cmdline=cmdline,
                 sections=dict(report.sections), nets=list(nets), disks=list(disks))


# ---- booting ------------------------------------------------------------------


def _tools() -> None:
    """tools/ is not an installed package: reach it from the checkout."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))


def qemu_command(guest: Guest, memory_mb: int | None = None) -> list[str]:
    """The QEMU direct-boot command line for a guest (tools/qemu_boot.py)."""
    _tools()
    from tools.qemu_boot import qemu_command as cmd

    return cmd(guest.image, guest.args, memory_mb or guest.memory_mb)


def qemu_status(returncode: int) -> int | None:
    """The guest's exit status from QEMU's exit code (isa-debug-exit
    writes (status << 1) | 1); None when the guest never reported one."""
    if returncode > 0 and returncode % 2 == 1:
        return returncode >> 1
    return None


def boot_qemu(guest: Guest, timeout: float = 60.0, memory_mb: int | None = None,
              stdin: bytes = b"") -> tuple[str, int | None]:
    """Boot in QEMU, capture the console: (text, status or None)."""
    _tools()
    from tools.qemu_boot import BootError as QemuError
    from tools.qemu_boot import BootTimeout, boot

    try:
        return boot(guest.image, guest.args, memory_mb or guest.memory_mb,
                    timeout=timeout, stdin=stdin)
    except BootTimeout as e:
        raise RunError(f"{e}; console so far:\n{e.console_text}") from e
    except QemuError as e:
        raise RunError(str(e)) from e
    except FileNotFoundError as e:
        raise RunError("qemu-system-x86_64 not found (apt-get install qemu-system-x86)") from e


_STATUS_LINE = re.compile(r"^\[xenlet\] exit status (\d+)\s*$", re.MULTILINE)


def xen_exit_status(shutdown: str | None, console: str) -> int:
    """The app's exit status from how its domain ended: poweroff -> 0;
    crash -> the status the platform printed (`[xenlet] exit status N`),
    1 if it printed none; anything else (timeout, start-failed...) -> 1."""
    if shutdown == "poweroff":
        return 0
    if shutdown == "crash":
        found = _STATUS_LINE.findall(console)
        return int(found[-1]) if found else 1
    return 1


def bridge_setup(nets: Sequence[NetSpec]) -> str:
    """dom0 shell commands that make each --net bridge exist and be up
    (the test bed's dom0 has xenbr0; others are made empty)."""
    cmds = []
    for bridge in dict.fromkeys(n.bridge for n in nets):
        cmds.append(f"ip link show {bridge} >/dev/null 2>&1 || "
                    f"ip link add {bridge} type bridge; ip link set {bridge} up")
    return "\n".join(cmds)


def xen_disks_supported() -> bool:
    """Whether the test bed can hand host files to dom0 as disks
    (Scenario.disks), so that --disk works with --run xen."""
    import dataclasses

    _tools()
    from tools.xen_testbed import Scenario

    return "disks" in {f.name for f in dataclasses.fields(Scenario)}


def xen_scenario(guest: Guest, expect: tuple[str, ...] = (), shutdown: str = "poweroff",
                 max_runtime: float = 60.0, scenario_name: str | None = None) -> object:
    """A tools.xen_testbed Scenario for this guest (its xl config, its image).
    Its --net bridges are made in dom0 before the guest starts; its --disk
    files become dom0 disks (the test bed puts their dom0 devices in the
    config's targets), so what the guest writes lands in the user's file.
    RunError when the test bed cannot attach disks."""
    _tools()
    from tools.xen_testbed import Scenario

    kw: dict[str, object] = {}
    if guest.disks:
        if not xen_disks_supported():
            raise RunError("--disk with --run xen is not supported yet (this test bed "
                           "cannot hand a host file to dom0 as a disk); boot the "
                           "guest with `xl create` on a Xen host instead")
        kw["disks"] = [d.path for d in guest.disks]
    return Scenario(scenario_name or guest.name, guest.image, guest.config.read_text(),
                    expect=expect, shutdown=shutdown, max_runtime=max_runtime,
                    setup=bridge_setup(guest.nets), **kw)


def boot_xen(guest: Guest, timeout: float = 300.0) -> tuple[str, str | None, int]:
    """Boot on the real Xen of the test bed: (console, shutdown, status)."""
    _tools()
    from tools.xen_testbed import run_scenarios

    sc = xen_scenario(guest)
    try:
        verdict = run_scenarios([sc], timeout=timeout)[0]  # type: ignore[list-item]
    except Exception as e:  # the test bed's own failures (download, QEMU)
        raise RunError(f"the Xen test bed failed: {e}") from e
    if verdict.shutdown is None:
        raise RunError(f"the Xen test bed did not report the guest's end "
                       f"({verdict.result}):\n{verdict.serial_tail}")
    return verdict.console, verdict.shutdown, xen_exit_status(verdict.shutdown, verdict.console)


# ---- reading an image back -----------------------------------------------------


def image_blob(path: str | Path) -> bytes:
    """The frozen blob inside a linked image (between xenlet_image_start
    and xenlet_image_end), for `xenlet inspect app.xen`."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile

    try:
        with open(path, "rb") as f:
            elf = ELFFile(f)
            symtab = elf.get_section_by_name(".symtab")
            if symtab is None:
                raise CheckError(f"{path}: no symbol table")
            syms = {s.name: s["st_value"] for s in symtab.iter_symbols()
                    if s.name in ("xenlet_image_start", "xenlet_image_end")}
            if len(syms) != 2:
                raise CheckError(f"{path}: no frozen image symbols")
            start, end = syms["xenlet_image_start"], syms["xenlet_image_end"]
            for seg in elf.iter_segments():
                if seg["p_type"] == "PT_LOAD" and seg["p_vaddr"] <= start and \
                        end <= seg["p_vaddr"] + seg["p_filesz"]:
                    return seg.data()[start - seg["p_vaddr"]:end - seg["p_vaddr"]]
    except (OSError, ELFError) as e:
        raise CheckError(f"{path}: {e}") from e
    raise CheckError(f"{path}: frozen image not in a loaded segment")


def inspect_image(path: str | Path) -> tuple[ImageReport, list[tuple[str, int]]]:
    """Check an image against its own blob and list its modules' sizes."""
    blob = image_blob(path)
    try:
        return check_image(path, blob), module_sizes(blob)
    except ImageCheckError as e:
        raise CheckError(str(e)) from e


def image_natives(path: str | Path) -> list[str]:
    """The core natives linked into an image (their init functions that
    survived --gc-sections)."""
    from elftools.elf.elffile import ELFFile

    with open(path, "rb") as f:
        symtab = ELFFile(f).get_section_by_name(".symtab")
        names = {s.name for s in symtab.iter_symbols()} if symtab else set()
    return [n for n in sorted(NATIVE_MODULES) if f"mod_{n.lstrip('_')}_init" in names]
