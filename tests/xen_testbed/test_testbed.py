# SPDX-License-Identifier: MIT
# Tests of the Xen test bed: its parsers and archive writer on the host, then
# guest scenarios that all run in the session's single Xen-in-QEMU boot: the
# test bed's own probe guest (every way a domain can end) and the xenlet
# hello image from xen/ once that builds.
from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.xen_testbed import Scenario, Unavailable, Verdict
from tools.xen_testbed.cpio import CpioWriter
from tools.xen_testbed.protocol import parse
from tools.xen_testbed.runner import BUILD_DIR, REPO, RunReport
from tools.xen_testbed.scenario import rewrite_config

# ---- host-only --------------------------------------------------------------


def test_rewrite_config_points_kernel_and_forces_destroy() -> None:
    cfg = 'name = "app"\nkernel = "/x/app.xen"\non_crash = "preserve"\nmemory = 32\n'
    out = rewrite_config(cfg, "s000-app", "/scenarios/000/image")
    lines = [ln for ln in out.splitlines() if ln.strip()]
    assert 'name = "s000-app"' in lines and 'name = "app"' not in lines
    assert (
        'kernel = "/scenarios/000/image"' in lines
        and 'kernel = "/x/app.xen"' not in lines
    )
    assert 'on_crash = "destroy"' in lines and 'on_crash = "preserve"' not in lines
    assert "memory = 32" in lines


def test_rewrite_config_without_image_keeps_kernel() -> None:
    out = rewrite_config('kernel = "/missing"\n', "d", None)
    assert 'kernel = "/missing"' in out


def _frame(tag: str, idx: int, data: bytes) -> list[str]:
    b64 = base64.encodebytes(data).decode().split()
    return [f"{tag} {idx} {i} {c}" for i, c in enumerate(b64, 1)] + [
        f"{tag}-END {idx} {len(data)}"
    ]


def test_parse_frames_and_verdict_lines() -> None:
    payload = bytes(range(256)) * 3
    serial = "\n".join(
        ["(XEN) noise", "XENLET-DOM0-READY uptime_ms=9000", "XENLET-SCENARIO-START 000"]
        + _frame("XENLET-CONSOLE", 0, payload)
        + ["XENLET-SCENARIO 000 shutdown=crash reason=3 xl_rc=0 runtime_ms=4200"]
    )
    rep = parse(serial)
    assert rep.blocks[("XENLET-CONSOLE", 0)].encode(
        "utf-8", "replace"
    ) == payload.decode("utf-8", "replace").encode("utf-8", "replace")
    assert (
        rep.results[0]["shutdown"] == "crash" and rep.results[0]["runtime_ms"] == "4200"
    )
    assert 0 in rep.started and "XENLET-DOM0-READY" in rep.marks and not rep.notes


def test_parse_reports_a_cut_frame() -> None:
    lines = _frame("XENLET-CONSOLE", 1, b"x" * 200)
    del lines[1]  # a line lost to interleaved output
    rep = parse("\n".join(lines))
    assert rep.notes and "got" in rep.notes[0]


@pytest.mark.skipif(shutil.which("cpio") is None, reason="cpio(1) not installed")
def test_cpio_archive_reads_back_with_cpio_tool(tmp_path: Path) -> None:
    w = CpioWriter()
    w.file("etc/xen/a.cfg", b"hello\n", 0o600)
    w.symlink("bin/sh", "busybox")
    w.dir("empty/dir")
    (tmp_path / "x.cpio").write_bytes(w.getvalue())
    out = tmp_path / "out"
    out.mkdir()
    res = subprocess.run(
        ["cpio", "-idm", "--no-absolute-filenames", "-F", str(tmp_path / "x.cpio")],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    assert (out / "etc/xen/a.cfg").read_bytes() == b"hello\n"
    assert (out / "etc/xen/a.cfg").stat().st_mode & 0o777 == 0o600
    assert (out / "bin/sh").readlink() == Path("busybox")
    assert (out / "empty/dir").is_dir()


# ---- scenarios in the single Xen boot ----------------------------------------


def _probe_image() -> Path:
    return BUILD_DIR / "probe.xen"


def _build_probe() -> None:
    from tools.xen_testbed.probe import build_probe

    build_probe(BUILD_DIR)


def _pvh_cfg(cmdline: str) -> str:
    return f'type = "pvh"\nkernel = "set-by-test-bed"\nmemory = 16\nvcpus = 1\ncmdline = "{cmdline}"\n'


def _probe(
    name: str, cmdline: str, shutdown: str, expect: tuple[str, ...], **kw: float
) -> Scenario:
    return Scenario(
        name,
        _probe_image(),
        _pvh_cfg(cmdline),
        expect=("xenlet-probe: hello",) + expect,
        shutdown=shutdown,
        prepare=_build_probe,
        **kw,  # type: ignore[arg-type]
    )


HELLO = REPO / "build" / "xen" / "hello.xen"


def _build_hello() -> None:
    if not (REPO / "xen" / "xen.mk").exists():
        raise Unavailable("xen/xen.mk does not exist yet")
    res = subprocess.run(
        ["make", "-f", "xen/xen.mk", "hello"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if res.returncode != 0:
        raise RuntimeError(
            f"make -f xen/xen.mk hello failed:\n{res.stdout}{res.stderr}"
        )


def _hello(name: str, status: int, shutdown: str) -> Scenario:
    return Scenario(
        name,
        HELLO,
        _pvh_cfg(str(status)),
        expect=("hello from xen",),
        shutdown=shutdown,
        prepare=_build_hello,
    )


def _check(v: Verdict) -> None:
    assert v.ok, (
        f"{v.summary()}\n--- console ---\n{v.console}\n--- xl ---\n{v.xl_log}\n--- serial ---\n{v.serial_tail}"
    )


@pytest.mark.xen_scenario(
    _probe("probe-poweroff", "poweroff", "poweroff", ("xenlet-probe: bye",))
)
def test_probe_poweroff(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    assert "cmdline=poweroff" in xen_verdict.console


@pytest.mark.xen_scenario(
    _probe("probe-crash", "crash", "crash", ("xenlet-probe: bye",))
)
def test_probe_crash(xen_verdict: Verdict) -> None:
    _check(xen_verdict)


@pytest.mark.xen_scenario(
    _probe("probe-hang", "hang", "timeout", ("hanging",), max_runtime=3.0)
)
def test_probe_hang_is_destroyed_at_max_runtime(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    assert xen_verdict.runtime_s is not None and xen_verdict.runtime_s >= 3.0


@pytest.mark.xen_scenario(
    _probe("probe-long-console", "lines=400", "poweroff", ("line 400\r\n",))
)
def test_probe_long_console_arrives_whole(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    want = "".join(f"xenlet-probe: line {i}\r\n" for i in range(1, 401))
    assert want in xen_verdict.console


@pytest.mark.xen_scenario(
    Scenario(
        "missing-kernel",
        None,
        'type = "pvh"\nkernel = "/no/such.xen"\nmemory = 16\n',
        shutdown="start-failed",
    )
)
def test_missing_kernel_is_start_failed(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    assert "/no/such.xen" in xen_verdict.xl_log


@pytest.mark.xen_scenario(_hello("hello-exit0", 0, "poweroff"))
def test_hello_exit0_powers_off(xen_verdict: Verdict) -> None:
    _check(xen_verdict)


@pytest.mark.xen_scenario(_hello("hello-exit1", 1, "crash"))
def test_hello_exit1_crashes(xen_verdict: Verdict) -> None:
    _check(xen_verdict)


def test_dom0_sees_xen_with_hap(xen_run: RunReport) -> None:
    assert xen_run.qemu_rc == 0 and not xen_run.timed_out, (
        xen_run.serial_log.read_text()[-3000:]
    )
    info = {
        k.strip(): v.strip()
        for k, _, v in (ln.partition(":") for ln in xen_run.xl_info.splitlines())
    }
    assert info.get("xen_major") == "4" and info.get("xen_minor") == "17", (
        xen_run.xl_info
    )
    assert "hap" in info.get("virt_caps", "").split()


def test_failed_download_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tools.xen_testbed import fetch as fetch_mod

    calls: list[list[str]] = []

    def fake_run(
        argv: list[str], cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        calls.append(argv)
        return subprocess.CompletedProcess(
            argv, 100, "", "E: Unable to locate package\n"
        )

    monkeypatch.setattr(fetch_mod, "_run", fake_run)
    monkeypatch.setattr(fetch_mod._Apt, "updated", False)
    with pytest.raises(fetch_mod.FetchError, match="xen-utils-4.17"):
        fetch_mod._download("xen-utils-4.17", tmp_path)
    # one retry after a single `apt-get update`
    assert [c[:2] for c in calls] == [
        ["apt-get", "download"],
        ["apt-get", "update"],
        ["apt-get", "download"],
    ]
