# SPDX-License-Identifier: MIT
# Fetches Debian's Xen 4.17 hypervisor, its toolstack and a dom0 kernel with
# `apt-get download` and unpacks them with `dpkg -x` into a staging folder.
# Promises: nothing is installed on the host; a second call with the same
# package set downloads nothing; a failed download raises FetchError naming
# the package.
from __future__ import annotations

import gzip
import json
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

# The toolstack set measured to boot dom0 and run `xl create` (see
# XEN-TESTBED.md); the dom0 kernel package is added after resolving its ABI.
XEN_PACKAGES: tuple[str, ...] = (
    "xen-hypervisor-4.17-amd64",
    "xen-utils-4.17",
    "xen-utils-common",
    "xenstore-utils",
    "libxenmisc4.17",
    "libxencall1",
    "libxenevtchn1",
    "libxenforeignmemory1",
    "libxengnttab1",
    "libxenstore4",
    "libxentoollog1",
    "libxendevicemodel1",
    "libxenhypfs1",
    "libxentoolcore1",
    "libyajl2",
    "libnl-3-200",
    "libnl-route-3-200",
)
KERNEL_META = "linux-image-amd64"
STAMP = "stage.json"
STAGE_LAYOUT = 3  # bump when what is unpacked changes: forces a re-stage
# Of the dom0 kernel package (400 MB unpacked) only the image and the
# folders holding the modules dom0 loads (initramfs.MODULES) are unpacked.
KERNEL_PARTS: tuple[str, ...] = (
    "./boot/vmlinuz-*",
    "./lib/modules/*/kernel/drivers/xen/*",
    "./lib/modules/*/kernel/drivers/block/*",
    "./lib/modules/*/kernel/drivers/net/xen-netback/*",
    "./lib/modules/*/kernel/drivers/net/veth.ko",
    "./lib/modules/*/kernel/drivers/virtio/*",
    "./lib/modules/*/kernel/net/llc/*",
    "./lib/modules/*/kernel/net/802/*",
    "./lib/modules/*/kernel/net/bridge/*",
)


class FetchError(RuntimeError):
    """A package could not be resolved, downloaded or unpacked."""


@dataclass(frozen=True)
class Stage:
    """An unpacked package set: where things landed."""

    root: Path  # the dpkg -x target
    hypervisor: Path  # plain ELF (gunzipped), for QEMU's multiboot -kernel
    kernel: Path  # dom0 vmlinuz
    kernel_release: str  # e.g. "6.1.0-56-amd64": names lib/modules/<release>
    packages: tuple[str, ...]


def _run(argv: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)


class _Apt:
    """apt-get/apt-cache with at most one `apt-get update` per process, run
    only when a lookup or download first fails (a fresh container has no
    package lists)."""

    updated = False

    @classmethod
    def call(
        cls, argv: list[str], cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        res = _run(argv, cwd)
        if res.returncode != 0 and not cls.updated:
            cls.updated = True
            _run(["apt-get", "update", "-qq"])
            res = _run(argv, cwd)
        return res


def resolve_kernel_package() -> str:
    """The versioned image package that `linux-image-amd64` depends on today
    (the ABI number moves with Debian point releases)."""
    res = _Apt.call(["apt-cache", "depends", KERNEL_META])
    for line in res.stdout.splitlines():
        line = line.strip()
        if line.startswith("Depends:"):
            dep = line.split(":", 1)[1].strip()
            if dep.startswith("linux-image-"):
                return dep
    raise FetchError(
        f"cannot resolve the dom0 kernel: `apt-cache depends {KERNEL_META}` "
        f"gave no linux-image-* dependency ({res.stderr.strip() or 'no output'})"
    )


def _download(pkg: str, debs: Path) -> Path:
    have = sorted(debs.glob(f"{pkg}_*.deb"))
    if have:
        return have[-1]
    res = _Apt.call(["apt-get", "download", "-q", pkg], cwd=debs)
    have = sorted(debs.glob(f"{pkg}_*.deb"))
    if res.returncode != 0 or not have:
        msg = (res.stderr or res.stdout).strip().splitlines()
        raise FetchError(
            f"apt-get download {pkg} failed: {msg[-1] if msg else 'no .deb written'}"
        )
    return have[-1]


def fetch(build_dir: Path, packages: tuple[str, ...] = XEN_PACKAGES) -> Stage:
    """Download (if not cached) and unpack the package set into
    build_dir/stage.  The stamp file records the package list and kernel, so
    a re-run with the same list neither resolves nor downloads anything."""
    build_dir = build_dir.resolve()  # ldd and QEMU get absolute paths
    debs = build_dir / "debs"
    root = build_dir / "stage"
    stamp = build_dir / STAMP
    if stamp.exists():
        info = json.loads(stamp.read_text())
        if (
            info.get("layout") == STAGE_LAYOUT
            and tuple(info["requested"]) == tuple(packages)
            and root.is_dir()
        ):
            return _stage_from(root, info)
    debs.mkdir(parents=True, exist_ok=True)
    kernel_pkg = resolve_kernel_package()
    wanted = tuple(packages) + (kernel_pkg,)
    files = [_download(p, debs) for p in wanted]
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    for deb in files[:-1]:
        res = _run(["dpkg", "-x", str(deb), str(root)])
        if res.returncode != 0:
            raise FetchError(f"dpkg -x {deb.name} failed: {res.stderr.strip()}")
    _unpack_parts(files[-1], root, KERNEL_PARTS)
    release = kernel_pkg.removeprefix("linux-image-")
    gz = _one(root, "boot/xen-4.17*.gz", "xen-hypervisor-4.17-amd64")
    plain = build_dir / "xen-4.17"
    with gzip.open(gz) as src, open(plain, "wb") as dst:
        shutil.copyfileobj(src, dst)
    info = {
        "layout": STAGE_LAYOUT,
        "requested": list(packages),
        "kernel_package": kernel_pkg,
        "kernel_release": release,
        "hypervisor": str(plain.relative_to(build_dir)),
        "debs": [f.name for f in files],
    }
    stamp.write_text(json.dumps(info, indent=1) + "\n")
    return _stage_from(root, info)


def _unpack_parts(deb: Path, root: Path, patterns: tuple[str, ...]) -> None:
    """`dpkg -x` restricted to members matching the tar wildcards."""
    cmd = (
        f"dpkg-deb --fsys-tarfile {shlex.quote(str(deb))} | "
        f"tar -x -C {shlex.quote(str(root))} --wildcards "
        + " ".join(shlex.quote(p) for p in patterns)
    )
    res = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd],
        capture_output=True,
        text=True,
        check=False,
    )
    if res.returncode != 0:
        raise FetchError(f"unpacking {deb.name} failed: {res.stderr.strip()}")


def _one(root: Path, pattern: str, pkg: str) -> Path:
    found = sorted(root.glob(pattern))
    if not found:
        raise FetchError(f"{pkg}: nothing matches {pattern} in the staging folder")
    return found[0]


def _stage_from(root: Path, info: dict[str, object]) -> Stage:
    release = str(info["kernel_release"])
    kernel = root / "boot" / f"vmlinuz-{release}"
    if not kernel.exists():
        raise FetchError(
            f"{info['kernel_package']}: {kernel.name} missing from the stage"
        )
    return Stage(
        root=root,
        hypervisor=root.parent / str(info["hypervisor"]),
        kernel=kernel,
        kernel_release=release,
        packages=tuple(info["requested"]) + (str(info["kernel_package"]),),  # type: ignore[arg-type]
    )
