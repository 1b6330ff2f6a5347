# SPDX-License-Identifier: MIT
"""Write the ``xl`` configuration that boots a xenlet image as a PVH guest.

The file uses xl's config syntax (``key = value``; strings in double quotes
with backslash escapes; lists in brackets).  It names the kernel by absolute
path because ``xl create`` resolves relative paths against its own working
directory.  The guest reads its arguments from ``cmdline`` (see
xen/start.c for how they are split).  Invalid input raises ``XlConfigError``.

Devices: ``parse_net_spec`` / ``parse_disk_spec`` read freeze-and-boot's
``--net bridge=NAME[,mac=MAC]`` and ``--disk PATH[,vdev=xvdX][,ro]``;
``vif_entries`` / ``disk_entries`` turn them into the strings of the
config's ``vif = [...]`` and ``disk = [...]`` lists, in the syntax of
xl-network-configuration(5) and xl-disk-configuration(5).  A vif without a
MAC gets one in Xen's OUI (00:16:3e), derived from the domain name and the
vif's index, so rebuilding a guest keeps its addresses.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Union

XlValue = Union[str, int, bool, list[str]]

ACTIONS = ("destroy", "restart", "rename-restart", "preserve",
           "coredump-destroy", "coredump-restart", "soft-reset")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\Z")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class XlConfigError(ValueError):
    """A value that cannot go into an xl config."""


def _string(s: str) -> str:
    if "\n" in s or "\0" in s:
        raise XlConfigError(f"xl config strings cannot hold newlines or NULs: {s!r}")
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _value(v: XlValue) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return "[" + ", ".join(_string(x) for x in v) + "]"
    raise XlConfigError(f"unsupported xl config value: {v!r}")


def render_xl_config(
    name: str,
    kernel_abs_path: str | Path,
    memory_mb: int,
    cmdline: str = "",
    on_poweroff: str = "destroy",
    on_crash: str = "destroy",
    vcpus: int = 1,
    extra: dict[str, XlValue] | None = None,
) -> str:
    """The config text; ``extra`` adds or overrides keys (e.g. ``vif``,
    ``disk``, ``on_reboot``) in insertion order."""
    if not _NAME.match(name):
        raise XlConfigError(f"bad domain name {name!r} (letters, digits, _ . -)")
    kernel = Path(kernel_abs_path)
    if not kernel.is_absolute():
        raise XlConfigError(f"kernel path must be absolute: {kernel}")
    if memory_mb < 1:
        raise XlConfigError(f"memory must be at least 1 MiB, not {memory_mb}")
    if vcpus < 1:
        raise XlConfigError(f"vcpus must be at least 1, not {vcpus}")
    for key, action in (("on_poweroff", on_poweroff), ("on_crash", on_crash)):
        if action not in ACTIONS:
            raise XlConfigError(f"{key} must be one of {', '.join(ACTIONS)}, not {action!r}")
    entries: dict[str, XlValue] = {
        "name": name,
        "type": "pvh",
        "kernel": str(kernel),
        "memory": memory_mb,
        "vcpus": vcpus,
        "cmdline": cmdline,
        "on_poweroff": on_poweroff,
        "on_reboot": "destroy",
        "on_crash": on_crash,
    }
    for key, v in (extra or {}).items():
        if not _KEY.match(key):
            raise XlConfigError(f"bad xl config key {key!r}")
        entries[key] = v
    lines = ["# xl config for a xenlet guest (written by freeze/xlcfg.py)"]
    lines += [f"{k} = {_value(v)}" for k, v in entries.items()]
    return "\n".join(lines) + "\n"


def write_xl_config(
    path: str | Path,
    name: str,
    kernel_abs_path: str | Path,
    memory_mb: int,
    cmdline: str = "",
    on_poweroff: str = "destroy",
    on_crash: str = "destroy",
    vcpus: int = 1,
    extra: dict[str, XlValue] | None = None,
) -> None:
    """Write render_xl_config(...) to path."""
    text = render_xl_config(name, kernel_abs_path, memory_mb, cmdline, on_poweroff,
                            on_crash, vcpus, extra)
    Path(path).write_text(text)


# ---- devices ------------------------------------------------------------------

XEN_OUI = (0x00, 0x16, 0x3E)
_MAC = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}\Z")
# A Linux interface name (at most 15 bytes, IFNAMSIZ - 1) that needs no
# quoting inside a vifspec (no ',' or '=').
_BRIDGE = re.compile(r"[A-Za-z0-9_.-]{1,15}\Z")
# Xen's PV disk names (docs/misc/vbd-interface.txt): xvd + a disk number
# written in letters (a..z, aa..zz, aaa..); three letters reach far past
# any guest's needs.
_VDEV = re.compile(r"xvd[a-z]{1,3}\Z")


@dataclass(frozen=True)
class NetSpec:
    """One --net: the dom0 bridge the vif joins; mac None = generated."""

    bridge: str
    mac: str | None = None


@dataclass(frozen=True)
class DiskSpec:
    """One --disk: an absolute host path; vdev None = next free xvdX."""

    path: Path
    vdev: str | None = None
    readonly: bool = False


def _pairs(spec: str, what: str) -> list[tuple[str, str | None]]:
    """Split "a=1,b,c=2" into [(a, 1), (b, None), (c, 2)]."""
    if "\n" in spec or "\0" in spec:
        raise XlConfigError(f"{what} {spec!r}: newlines and NULs are not allowed")
    out: list[tuple[str, str | None]] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            raise XlConfigError(f"{what} {spec!r}: empty item between commas")
        key, eq, value = part.partition("=")
        out.append((key.strip(), value.strip() if eq else None))
    return out


def parse_mac(text: str) -> str:
    """A unicast MAC as six colon-separated hex pairs, lower-cased."""
    if not _MAC.match(text):
        raise XlConfigError(f"bad MAC address {text!r} (six hex pairs: 00:16:3e:12:34:56)")
    first = int(text[:2], 16)
    if first & 1:
        raise XlConfigError(f"MAC address {text!r} is a multicast address "
                            "(the low bit of the first byte must be 0)")
    if int(text.replace(":", ""), 16) == 0:
        raise XlConfigError("MAC address 00:00:00:00:00:00 is not usable")
    return text.lower()


def parse_net_spec(spec: str) -> NetSpec:
    """``bridge=NAME[,mac=MAC]`` -> NetSpec; XlConfigError says what is wrong."""
    bridge = mac = None
    for key, value in _pairs(spec, "--net"):
        if key not in ("bridge", "mac"):
            raise XlConfigError(f"--net {spec!r}: unknown key {key!r} "
                                "(expected bridge=NAME[,mac=MAC])")
        if value is None or value == "":
            raise XlConfigError(f"--net {spec!r}: {key} needs a value ({key}=...)")
        if (bridge if key == "bridge" else mac) is not None:
            raise XlConfigError(f"--net {spec!r}: {key} given twice")
        if key == "bridge":
            if not _BRIDGE.match(value):
                raise XlConfigError(f"--net {spec!r}: bad bridge name {value!r} "
                                    "(1-15 letters, digits, _ . -)")
            bridge = value
        else:
            mac = parse_mac(value)
    if bridge is None:
        raise XlConfigError(f"--net {spec!r}: bridge=NAME is required")
    return NetSpec(bridge, mac)


def parse_disk_spec(spec: str, must_exist: bool = True) -> DiskSpec:
    """``PATH[,vdev=xvdX][,ro]`` -> DiskSpec with an absolute path.  The
    file must exist (xl would fail much later, inside dom0, otherwise)
    unless must_exist is false.  A path holding commas is not accepted."""
    items = _pairs(spec, "--disk")
    (path_text, value), rest = items[0], items[1:]
    if value is not None:
        raise XlConfigError(f"--disk {spec!r}: the first item must be the image's path")
    vdev = None
    readonly = False
    for key, value in rest:
        if key == "vdev":
            if value is None or value == "":
                raise XlConfigError(f"--disk {spec!r}: vdev needs a value (vdev=xvdb)")
            if vdev is not None:
                raise XlConfigError(f"--disk {spec!r}: vdev given twice")
            if not _VDEV.match(value):
                raise XlConfigError(f"--disk {spec!r}: bad vdev {value!r} "
                                    "(xvd followed by 1-3 letters: xvda, xvdb, ...)")
            vdev = value
        elif key in ("ro", "rw"):
            if value is not None:
                raise XlConfigError(f"--disk {spec!r}: {key} takes no value")
            readonly = key == "ro"
        else:
            raise XlConfigError(f"--disk {spec!r}: unknown key {key!r} "
                                "(expected PATH[,vdev=xvdX][,ro])")
    path = Path(path_text).expanduser().absolute()
    if must_exist:
        if not path.exists():
            raise XlConfigError(f"--disk {spec!r}: no such file: {path}")
        if not path.is_file() and not path.is_block_device():
            raise XlConfigError(f"--disk {spec!r}: not a file or block device: {path}")
    return DiskSpec(path, vdev, readonly)


def vdev_name(index: int) -> str:
    """The index-th PV disk name: 0 -> xvda, 25 -> xvdz, 26 -> xvdaa."""
    letters = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(ord("a") + r) + letters
    return "xvd" + letters


def generated_mac(name: str, index: int) -> str:
    """A MAC in Xen's OUI for vif `index` of domain `name`: the same inputs
    always give the same address.  The top bit of the fourth byte is
    cleared, as xl does for the addresses it draws at random."""
    digest = hashlib.sha256(f"xenlet-vif/{name}/{index}".encode()).digest()
    tail = (digest[0] & 0x7F, digest[1], digest[2])
    return ":".join(f"{b:02x}" for b in (*XEN_OUI, *tail))


def vif_entries(nets: list[NetSpec], name: str) -> list[str]:
    """The ``vif`` list: one vifspec per NetSpec, in order (the DEVID is the
    index).  Two vifs with the same MAC are an error."""
    out, macs = [], set()
    for i, net in enumerate(nets):
        mac = net.mac or generated_mac(name, i)
        if mac in macs:
            raise XlConfigError(f"two vifs have the MAC address {mac}")
        macs.add(mac)
        out.append(f"mac={mac},bridge={net.bridge}")
    return out


def disk_vdevs(disks: list[DiskSpec]) -> list[str]:
    """Each disk's vdev: the given one, or the first free of xvda, xvdb...
    in order.  A vdev named twice is an error."""
    taken = [d.vdev for d in disks if d.vdev]
    dupes = sorted({v for v in taken if taken.count(v) > 1})
    if dupes:
        raise XlConfigError(f"vdev {dupes[0]} is given to two disks")
    used = set(taken)
    out, n = [], 0
    for d in disks:
        if d.vdev:
            out.append(d.vdev)
            continue
        while vdev_name(n) in used:
            n += 1
        used.add(vdev_name(n))
        out.append(vdev_name(n))
    return out


def disk_entries(disks: list[DiskSpec]) -> list[str]:
    """The ``disk`` list: ``format=raw,vdev=X,access=rw|ro,target=PATH``
    per disk.  target comes last because xl takes the rest of the spec as
    the path (xl-disk-configuration(5)); the test bed swaps these paths
    for its dom0 devices itself."""
    vdevs = disk_vdevs(disks)
    paths = [d.path for d in disks]
    twice = sorted({str(x) for x in paths if paths.count(x) > 1})
    if twice:
        raise XlConfigError(f"disk image {twice[0]} is given twice")
    out = []
    for d, vdev in zip(disks, vdevs):
        target = str(d.path)
        if not target.startswith("/"):
            raise XlConfigError(f"disk target must be an absolute path: {target}")
        access = "ro" if d.readonly else "rw"
        out.append(f"format=raw,vdev={vdev},access={access},target={target}")
    return out


def device_entries(name: str, nets: list[NetSpec], disks: list[DiskSpec]) -> dict[str, XlValue]:
    """The ``extra`` keys for render_xl_config: ``vif`` and ``disk`` when
    there are any."""
    extra: dict[str, XlValue] = {}
    if nets:
        extra["vif"] = vif_entries(nets, name)
    if disks:
        extra["disk"] = disk_entries(disks)
    return extra
