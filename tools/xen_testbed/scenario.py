# SPDX-License-Identifier: MIT
# What a test asks of the test bed (Scenario) and what it gets back
# (Verdict), plus the rewriting of a scenario's xl config for dom0.
# Promise: a Verdict exists for every scenario handed to a run, whatever
# happened to QEMU.
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# How a domain ended, as reported by dom0's /init.
SHUTDOWNS = (
    "poweroff",
    "crash",
    "reboot",
    "suspend",
    "watchdog",
    "soft_reset",
    "timeout",
    "start-failed",
)


@dataclass
class Scenario:
    """One guest to boot under Xen.

    image: the PVH kernel; copied into dom0 and the config's `kernel` line is
        pointed at the copy.  None leaves the config's kernel line untouched
        (e.g. to test a failing start).
    config: xl config text, or a Path to read it from.  `name` and the
        `on_*` actions are overridden: every end destroys the domain and
        the reason is read from `xl create -F`'s log.
    expect: substrings the guest console must contain.
    shutdown: the expected end (see SHUTDOWNS; normally poweroff or crash).
    max_runtime: seconds the guest may run (counted from when `xl create`
        reports it running) before dom0 destroys it and reports "timeout".
    max_start: seconds `xl create` may take to build and start the domain
        (3-5 s on a quiet machine under TCG, 15 s seen under heavy load).
    setup: shell commands run in dom0 before `xl create` (disk images...).
        A non-zero exit status is a problem (the guest still runs).
    during: shell commands started in dom0 (in the background, in their own
        session) once the domain runs, with DOMID and DOMNAME set; they run
        until they exit or the domain has ended and `during_grace` seconds
        passed (then their whole process group is killed).  A non-zero exit
        status (not a kill) is a problem.
    after: shell commands run in dom0 after the domain has ended (DOMID is
        the ended domain's id), before the next scenario; a non-zero exit
        status is a problem.
    expect_during / expect_after: substrings the output (stdout + stderr)
        of `during` / `after` must contain.
    disks: host files handed to dom0 as emulated (virtio) disks, raw, read
        and write; what the guest writes lands in the file.  In dom0 the
        k-th disk of this scenario is $DISKk in setup/during/after, and
        "@DISKk@" or the file's own path (as given, and resolved) in the
        config is replaced by its dom0 block device (/dev/vdX); an
        absolute path only.
    files: extra files for dom0: absolute dom0 path -> host path.
    prepare: called on the host before the boot (e.g. to build the image);
        if it raises, the scenario is reported ERROR (SKIPPED for
        Unavailable) without booting it.

    All scripts run under busybox sh in dom0 with DOMNAME and DISKk set
    (DOMID too, except in setup); see README.md for the tools there.
    """

    name: str
    image: Path | None
    config: str | Path
    expect: tuple[str, ...] = ()
    shutdown: str = "poweroff"
    max_runtime: float = 30.0
    max_start: float = 60.0
    setup: str = ""
    during: str = ""
    after: str = ""
    expect_during: tuple[str, ...] = ()
    expect_after: tuple[str, ...] = ()
    during_grace: float = 3.0
    disks: list[Path] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    prepare: Callable[[], None] | None = None

    def config_text(self) -> str:
        return self.config.read_text() if isinstance(self.config, Path) else self.config


PASS, FAIL, CRASH, TIMEOUT, ERROR, SKIPPED = (
    "PASS",
    "FAIL",
    "CRASH",
    "TIMEOUT",
    "ERROR",
    "SKIPPED",
)


class Unavailable(Exception):
    """Raised by a Scenario.prepare whose inputs do not exist yet (e.g. an
    image another part of the project does not build yet): the scenario is
    reported SKIPPED instead of ERROR."""


@dataclass
class Verdict:
    """The outcome of one scenario.

    result: PASS (all expectations held), FAIL (ran to an end, an
        expectation did not hold), CRASH (QEMU/dom0 died before reporting
        it), TIMEOUT (the whole run hit its time bound before reporting it),
        ERROR (could not be prepared), SKIPPED (prepare raised Unavailable).
    shutdown: the reported end, None if never reported.
    problems: one line per unmet expectation.
    serial_tail: end of the serial log, for CRASH/TIMEOUT/FAIL diagnosis.
    setup_output / during_output / after_output: stdout + stderr of the
        scenario's dom0 scripts ("" when it had none).
    setup_rc / during_rc / after_rc: their exit status; None when the
        script was not given or not run, or (during) had to be killed.
    during_killed: the during script still ran at the end and was killed.
    """

    name: str
    result: str
    shutdown: str | None = None
    console: str = ""
    problems: list[str] = field(default_factory=list)
    runtime_s: float | None = None  # guest running time
    xl_log: str = ""
    serial_tail: str = ""
    create_s: float | None = None  # `xl create` until the guest ran
    setup_output: str = ""
    during_output: str = ""
    after_output: str = ""
    setup_rc: int | None = None
    during_rc: int | None = None
    after_rc: int | None = None
    during_killed: bool = False

    @property
    def ok(self) -> bool:
        return self.result == PASS

    def summary(self) -> str:
        rt = f" {self.runtime_s:.1f}s" if self.runtime_s is not None else ""
        extra = f": {'; '.join(self.problems)}" if self.problems else ""
        return f"{self.result} {self.name} (shutdown={self.shutdown}{rt}){extra}"


_ASSIGN = r"^\s*{key}\s*=.*$"


def rewrite_config(text: str, domname: str, kernel: str | None) -> str:
    """The config as dom0 runs it: our domain name (names the console log),
    our kernel path, and destroy on every end so `xl create -F` returns."""
    keys = [
        "name",
        "on_poweroff",
        "on_reboot",
        "on_crash",
        "on_watchdog",
        "on_soft_reset",
    ]
    if kernel is not None:
        keys.append("kernel")
    for key in keys:
        text = re.sub(_ASSIGN.format(key=key), "", text, flags=re.MULTILINE)
    lines = [text.rstrip("\n"), f'name = "{domname}"']
    if kernel is not None:
        lines.append(f'kernel = "{kernel}"')
    lines += [f'{k} = "destroy"' for k in keys[1:6]]
    return "\n".join(lines) + "\n"


def judge(sc: Scenario, v: Verdict) -> list[str]:
    """Unmet expectations of a scenario that reached an end (v holds what
    dom0 reported; its result and problems are not read)."""
    problems = []
    if v.shutdown != sc.shutdown:
        problems.append(f"expected shutdown={sc.shutdown}, got {v.shutdown}")
    for what, texts, out in (
        ("console", sc.expect, v.console),
        ("during output", sc.expect_during, v.during_output),
        ("after output", sc.expect_after, v.after_output),
    ):
        problems += [f"{what} lacks {t!r}" for t in texts if t not in out]
    for what, rc in (
        ("setup", v.setup_rc),
        ("during", v.during_rc),
        ("after", v.after_rc),
    ):
        if rc:
            problems.append(f"{what} script exited {rc}")
    return problems


def disk_placeholders(text: str, disks: list[Path]) -> str:
    """The config with each disk's absolute host path (as given, and
    resolved) turned into its placeholder @DISKk@, which dom0 replaces by
    the device."""
    pairs = []
    for k, d in enumerate(disks):
        pairs += [(str(p), k) for p in {Path(d), Path(d).resolve()} if p.is_absolute()]
    for path, k in sorted(pairs, key=lambda p: -len(p[0])):  # longest first
        text = text.replace(path, f"@DISK{k}@")
    return text
