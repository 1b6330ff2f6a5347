# SPDX-License-Identifier: MIT
# Builds the dom0 root file system (an initramfs) from the staging folder
# and the host's busybox-static, bash and flock.  Two archives are
# concatenated (the kernel unpacks them in order): a base with the toolstack,
# cached across runs, and a small per-run one holding the scenarios.
from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

from .cpio import CpioWriter
from .fetch import Stage
from .frames import DOM0_PATH as FRAMES_PATH
from .frames import build_frames

# Load order measured to work (each needs only those before it).
MODULES: tuple[str, ...] = (
    "xen-evtchn",
    "xen-gntdev",
    "xen-gntalloc",
    "xen-privcmd",
    "xenfs",
    "loop",
    "xen-blkback",
    "xen-netback",
    "llc",
    "stp",
    "bridge",
    # Disks handed to dom0 (Scenario.disks) are virtio-blk PCI devices.
    "virtio_ring",
    "virtio",
    "virtio_pci_modern_dev",
    "virtio_pci_legacy_dev",
    "virtio_pci",
    "virtio_blk",
    # veth pairs: to test the frame tool without a guest.
    "veth",
)
XEN_BIN = "usr/lib/xen-4.17/bin"
# Real toolstack binaries (Debian's /usr/sbin names are a wrapper script that
# probes the running Xen version; dom0 here has exactly one, so link directly).
TOOLS: tuple[str, ...] = (
    "xl",
    "xenstored",
    "xenconsoled",
    "xen-init-dom0",
    "xenconsole",
    "libxl-save-helper",
)
XENSTORE_TOOLS: tuple[str, ...] = (
    "xenstore",
    "xenstore-read",
    "xenstore-write",
    "xenstore-ls",
    "xenstore-list",
    "xenstore-rm",
    "xenstore-exists",
    "xenstore-watch",
    "xenstore-chmod",
    "xenstore-control",
)
HOST_BINARIES: dict[str, str] = {
    "bin/bash": "/bin/bash",
    "usr/bin/flock": "/usr/bin/flock",
}
LIBDIR = "usr/lib/x86_64-linux-gnu"
INIT_TEMPLATE = Path(__file__).with_name("init.sh")
# dom0 helpers for Scenario scripts: dom0 path -> source beside this file.
HELPERS: dict[str, Path] = {
    "bin/xenlet-backend-states": Path(__file__).with_name("backend-states.sh"),
    # Fast hotplug paths for the common cases (see the scripts); Debian's
    # scripts are kept as NAME.debian for the others.
    "etc/xen/scripts/hotplug-common.sh": Path(__file__).with_name("hotplug-common.sh"),
    "etc/xen/scripts/block": Path(__file__).with_name("block-phy.sh"),
    "etc/xen/scripts/vif-bridge": Path(__file__).with_name("vif-bridge.sh"),
}
_LDD_LINE = re.compile(r"^\s*(?:(\S+) => )?(/\S+) \(0x[0-9a-f]+\)")


class InitramfsError(RuntimeError):
    """Something the dom0 root needs is missing."""


def _busybox() -> Path:
    # Only the static build works: dom0's /init runs before any library is
    # in place, and Debian's dynamic busybox lacks most applets.
    for cand in ("/bin/busybox", "/usr/bin/busybox"):
        if Path(cand).exists():
            res = subprocess.run(
                ["ldd", cand], capture_output=True, text=True, check=False
            )
            if "not a dynamic executable" in res.stdout + res.stderr:
                return Path(cand)
    raise InitramfsError(
        "busybox-static is not installed (apt-get install busybox-static)"
    )


def _shared_libs(binaries: list[Path], stage: Stage) -> dict[str, Path]:
    """Soname -> host file for every library the binaries load, found by ldd
    with the stage's library folder searched first."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(stage.root / LIBDIR))
    libs: dict[str, Path] = {}
    for b in binaries:
        res = subprocess.run(
            ["ldd", str(b)], capture_output=True, text=True, check=False, env=env
        )
        for line in res.stdout.splitlines():
            if "not found" in line:
                raise InitramfsError(
                    f"ldd {b.name}: {line.strip()} (add its package to the stage)"
                )
            m = _LDD_LINE.match(line)
            if m:
                path = Path(m.group(2))
                libs[m.group(1) or path.name] = path
    return libs


def _base_key(stage: Stage, frames: Path) -> str:
    h = hashlib.sha256()
    h.update(frames.name.encode())  # names the frames.c source hash
    h.update(INIT_TEMPLATE.read_bytes())
    for src in HELPERS.values():
        h.update(src.read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update((stage.root.parent / "stage.json").read_bytes())
    h.update(_busybox().read_bytes()[:4096])
    return h.hexdigest()[:16]


def build_base(stage: Stage, out_dir: Path) -> Path:
    """The cached toolstack archive (gzip'd newc cpio); rebuilt only when
    the stage, the /init template or this builder change."""
    frames = build_frames(out_dir)
    out = out_dir / f"dom0-base-{_base_key(stage, frames)}.cpio.gz"
    if out.exists():
        return out
    for old in out_dir.glob("dom0-base-*.cpio.gz"):
        old.unlink()
    w = CpioWriter()
    for d in (
        "dev",
        "proc",
        "sys",
        "tmp",
        "run",
        "var/log",
        "var/lib/xen",
        "etc",
        "root",
        "modules",
    ):
        w.dir(d)
    w.chardev("dev/console", 5, 1)
    w.chardev("dev/null", 1, 3, 0o666)
    # Debian is merged-/usr: /lib and /lib64 are links into /usr.
    w.dir("usr/lib64")
    w.symlink("lib", "usr/lib")
    w.symlink("lib64", "usr/lib64")
    w.symlink("sbin", "bin")
    w.symlink("var/run", "../run")  # libxl keeps its locks in /var/run/xen

    bb = _busybox()
    w.copy("bin/busybox", bb, 0o755)
    applets = subprocess.run(
        [str(bb), "--list"], capture_output=True, text=True, check=False
    ).stdout.split()
    for a in applets:
        if a not in ("busybox", "init", "linuxrc"):
            w.symlink(f"bin/{a}", "busybox")

    w.copy(FRAMES_PATH, frames, 0o755)
    for dest, src in HELPERS.items():
        w.copy(dest, src, 0o755)

    binaries: list[Path] = []
    for rel, host in HOST_BINARIES.items():
        if not Path(host).exists():
            raise InitramfsError(f"{host} missing on the host (bash / util-linux)")
        w.copy(rel, Path(host), 0o755)
        binaries.append(Path(host))
    for t in TOOLS:
        src = stage.root / XEN_BIN / t
        if not src.exists():
            raise InitramfsError(
                f"{XEN_BIN}/{t} missing from the stage (xen-utils-4.17)"
            )
        w.copy(f"{XEN_BIN}/{t}", src, 0o755)
        w.symlink(f"usr/sbin/{t}", f"../lib/xen-4.17/bin/{t}")
        binaries.append(src)
    for t in XENSTORE_TOOLS:
        src = stage.root / "usr/bin" / t
        if not src.exists():
            raise InitramfsError(f"usr/bin/{t} missing from the stage (xenstore-utils)")
        w.copy(f"usr/bin/{t}", src, 0o755)
        binaries.append(src)

    for soname, path in sorted(_shared_libs(binaries, stage).items()):
        name = Path(soname).name
        if name.startswith("ld-linux"):
            w.copy(f"{LIBDIR}/{name}", path, 0o755)
            w.symlink(f"usr/lib64/{name}", f"../lib/x86_64-linux-gnu/{name}")
        else:
            w.copy(f"{LIBDIR}/{name}", path, 0o644)
    # pthread_cancel dlopens it; without it xl aborts.
    for cand in (
        Path("/lib/x86_64-linux-gnu/libgcc_s.so.1"),
        Path("/usr/lib/x86_64-linux-gnu/libgcc_s.so.1"),
    ):
        if cand.exists():
            w.copy(f"{LIBDIR}/libgcc_s.so.1", cand, 0o644)
            break
    else:
        raise InitramfsError("libgcc_s.so.1 not found on the host")

    etc = stage.root / "etc/xen"
    w.copy("etc/xen/xl.conf", etc / "xl.conf")
    for script in sorted((etc / "scripts").iterdir()):
        name = script.name
        if f"etc/xen/scripts/{name}" in HELPERS:
            name += ".debian"
        w.copy(f"etc/xen/scripts/{name}", script)
    w.file("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n")
    w.file("etc/group", b"root:x:0:\n")

    moddir = stage.root / "lib/modules" / stage.kernel_release / "kernel"
    index = {p.name.removesuffix(".ko"): p for p in moddir.rglob("*.ko")}
    for m in MODULES:
        if m not in index:
            raise InitramfsError(f"module {m}.ko missing from {stage.kernel_release}")
        w.copy(f"modules/{m}.ko", index[m], 0o644)

    init = INIT_TEMPLATE.read_text().replace("@MODULES@", " ".join(MODULES))
    w.file("init", init.encode(), 0o755)
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(w.gzip(level=1))
    tmp.rename(out)
    return out
