# SPDX-License-Identifier: MIT
"""Write the ``xl`` configuration that boots a xenlet image as a PVH guest.

The file uses xl's config syntax (``key = value``; strings in double quotes
with backslash escapes; lists in brackets).  It names the kernel by absolute
path because ``xl create`` resolves relative paths against its own working
directory.  The guest reads its arguments from ``cmdline`` (see
xen/start.c for how they are split).  Invalid input raises ``XlConfigError``.
"""

from __future__ import annotations

import re
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
