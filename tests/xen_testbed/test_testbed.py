# SPDX-License-Identifier: MIT
# Tests of the Xen test bed: its parsers, archive writer and frame tool on
# the host, then guest scenarios that all run in the session's single
# Xen-in-QEMU boot: the test bed's own probe guest (every way a domain can
# end), the xenlet hello image from xen/ once that builds, and a hello guest
# with a vif and two disks that exercises dom0's during/after scripts, host
# disks and the frame tool.
from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.xen_testbed import Scenario, Unavailable, Verdict
from tools.xen_testbed.cpio import CpioWriter
from tools.xen_testbed.protocol import parse
from tools.xen_testbed.runner import BUILD_DIR, REPO, RunReport
from tools.xen_testbed.scenario import disk_placeholders, judge, rewrite_config

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


def test_disk_placeholders_replace_absolute_paths_longest_first(tmp_path: Path) -> None:
    a, b = tmp_path / "d.img", tmp_path / "d.img2"
    cfg = f'disk = ["target={a}", "phy:{b},xvdb,w", "x.img"]\n'
    out = disk_placeholders(cfg, [a, b, Path("x.img")])
    assert out == 'disk = ["target=@DISK0@", "phy:@DISK1@,xvdb,w", "x.img"]\n'


def test_judge_checks_dom0_script_output_and_status() -> None:
    sc = Scenario("s", None, "", expect_during=("up",), expect_after=("cmp ok",))
    v = Verdict("s", "PASS", "poweroff", during_output="vif up\n", after_output="")
    v.after_rc = 1
    assert judge(sc, v) == ["after output lacks 'cmp ok'", "after script exited 1"]
    v.after_output, v.after_rc = "cmp ok\n", 0
    assert judge(sc, v) == []


def test_run_bound_covers_what_dom0_allows_each_guest() -> None:
    from tools.xen_testbed.runner import DEFAULT_TIMEOUT, run_bound

    long = [
        Scenario(f"s{i}", None, "", max_start=50, max_runtime=400) for i in range(3)
    ]
    assert run_bound(long) > 3 * (50 + 400)
    assert run_bound([]) == DEFAULT_TIMEOUT
    assert run_bound([Scenario("short", None, "", max_runtime=1)]) >= DEFAULT_TIMEOUT


def _in_netns(script: str) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private network namespace (skips the test
    where the machine does not allow one)."""
    try:
        res = subprocess.run(
            ["unshare", "-n", "-m", "sh", "-c", script],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("unshare(1) missing")
    if res.returncode == 99 or "Operation not permitted" in res.stderr:
        pytest.skip(f"no private network namespace here: {res.stderr.strip()}")
    return res


def _frames_tool() -> Path:
    from tools.xen_testbed.frames import build_frames

    return build_frames(BUILD_DIR)


def test_frame_tool_round_trips_on_a_veth_pair() -> None:
    """Host-side check of xenlet-frames in a private network namespace
    (needs root or user namespaces; skipped otherwise)."""
    tool = _frames_tool()
    script = f"""
        mount -t sysfs sysfs /sys || exit 99
        ip link add name va type veth peer name vb || exit 99
        ip link set va up && ip link set vb up
        {tool} reflect -t 2 vb > /dev/null &
        {tool} echo-test va $(cat /sys/class/net/vb/address) 300 60 61 1514
        echo rc=$?
        {tool} echo-test -s 1 va 02:00:00:00:00:09 5
        echo rc=$?
    """
    res = _in_netns(script)
    lines = res.stdout.splitlines()
    assert len(lines) == 4, res
    want = "FRAMES sent=300 received=300 intact=300 lost=0 dup=0 bad=0 "
    assert lines[0].startswith(want) and lines[1] == "rc=0", res
    # Nobody answers a MAC no interface has: all lost, exit status 1.
    assert lines[2:] == [
        "FRAMES sent=0 received=0 intact=0 lost=5 dup=0 bad=0 rtt_per_s=0 elapsed_s=0",
        "rc=1",
    ], res


# A faulty peer for the frame tool: answers probes (60-byte frames) and, of
# the counted frames, damages the 4th of every 10, sends the 6th twice and
# drops the 8th.
_FAULTY_REFLECTOR = """
import socket, sys
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
s.bind((sys.argv[1], 0))
s.settimeout(3)
mac = s.getsockname()[4]
n = 0
try:
    while True:
        f, addr = s.recvfrom(9100)
        if addr[2] == socket.PACKET_OUTGOING or f[12:14] != b"\\x88\\xb5" or f[:6] != mac:
            continue
        f = f[6:12] + f[:6] + f[12:]
        if len(f) > 60:
            n, k = n + 1, n % 10
            if k == 3:
                f = f[:-1] + bytes([f[-1] ^ 0xFF])
            if k == 5:
                s.send(f)
            if k == 7:
                continue
        s.send(f)
except TimeoutError:
    pass
"""


def test_frame_tool_counts_damaged_duplicated_and_lost_frames(tmp_path: Path) -> None:
    tool = _frames_tool()
    (tmp_path / "faulty.py").write_text(_FAULTY_REFLECTOR)
    script = f"""
        mount -t sysfs sysfs /sys || exit 99
        ip link add name va type veth peer name vb || exit 99
        ip link set va up && ip link set vb up
        python3 {tmp_path / "faulty.py"} vb &
        sleep 0.5
        {tool} echo-test -t 1 va $(cat /sys/class/net/vb/address) 50 100
        echo rc=$?
    """
    res = _in_netns(script)
    lines = res.stdout.splitlines()
    assert len(lines) == 2 and lines[1] == "rc=1", res
    assert lines[0].startswith(
        "FRAMES sent=50 received=45 intact=40 lost=5 dup=5 bad=5 "
    ), res


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
    name: str, cmdline: str, shutdown: str, expect: tuple[str, ...], **kw: object
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
    _probe(
        "probe-hang",
        "hang",
        "timeout",
        ("hanging",),
        max_runtime=3.0,
        # A during script that never ends by itself: killed after the grace.
        during='echo "during started $DOMID $DOMNAME"; exec sleep 600',
        during_grace=0.5,
        expect_during=("during started ",),
    )
)
def test_probe_hang_is_destroyed_at_max_runtime(xen_verdict: Verdict) -> None:
    _check(xen_verdict)
    assert xen_verdict.runtime_s is not None and xen_verdict.runtime_s >= 3.0
    assert xen_verdict.during_killed and xen_verdict.during_rc is None
    assert xen_verdict.during_output.strip().endswith("probe-hang")


@pytest.mark.xen_scenario(
    _probe("probe-fault", "fault", "crash", ("xenlet-probe: fault ",))
)
def test_probe_fault_is_reported_and_crashes(xen_verdict: Verdict) -> None:
    # ud2 raises #UD, vector 6 (Intel SDM vol. 3, table 6-1), no error code.
    _check(xen_verdict)
    m = re.search(r"fault vector=(\d+) error=(0x[0-9a-f]+) eip=(0x[0-9a-f]+)", xen_verdict.console)
    assert m, xen_verdict.console
    assert (int(m[1]), int(m[2], 16)) == (6, 0)
    assert 0x100000 <= int(m[3], 16) < 0x200000  # inside the probe (linked at 1 MiB)
    assert "bye" not in xen_verdict.console


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


# ---- dom0 side of device scenarios (during/after scripts, disks, frames) -----

# Host files handed to dom0 as disks: per test run, so that concurrent runs
# (each its own QEMU, which locks its disk files) do not collide.
_RUN = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
DISK_DIR = BUILD_DIR / "test-disks" / _RUN
DISK_A = DISK_DIR / "a.img"  # the guest's xvda (by its own host path)
DISK_B = DISK_DIR / "b.img"  # dom0 only (each guest disk costs seconds)
DISK_SIZE = 1 << 20
# What dom0 writes through the disks in setup (sector 3 of A, sector 7 of B).
MARK_A = b"xenlet disk A, written by dom0 dd"
MARK_B = b"xenlet disk B, written by dom0 dd"


def _make_disks() -> None:
    _build_probe()
    for old in (BUILD_DIR / "test-disks").glob("*"):
        if old.name != _RUN:
            shutil.rmtree(old, ignore_errors=True)
    DISK_DIR.mkdir(parents=True, exist_ok=True)
    for d in (DISK_A, DISK_B):
        d.write_bytes(bytes(DISK_SIZE))


# While the guest runs: where its vif is, and every change of the backend
# states until xl removed them.  A leftover background child checks that
# the whole session is killed at the end.
_WATCH = r"""
xenlet-backend-states > /tmp/states.log &
states=$!
echo "domid=$DOMID name=$DOMNAME disk0=$DISK0 disk1=$DISK1"
sleep 600 &
[ -e /sys/class/net/xenbr0/brif/vif$DOMID.0 ] && echo "vif$DOMID.0 on xenbr0"
[ -e /sys/class/net/xenbr1/brif/vif$DOMID.1 ] && echo "vif$DOMID.1 on xenbr1"
echo "xvda params=$(xenstore-read /local/domain/0/backend/vbd/$DOMID/51712/params)"
wait $states
rc=$?
cat /tmp/states.log
exit $rc
"""

_SETUP = f"""
printf '{MARK_A.decode()}' | dd of=$DISK0 bs=512 seek=3 conv=fsync
printf '{MARK_B.decode()}' | dd of=$DISK1 bs=512 seek=7 conv=fsync
"""

# After the guest: no backend left, the during session gone, the disk
# holds what setup wrote, and the frame tool on a veth pair: straight, and
# with one end on xenbr0 (as a guest's vif is) in both directions.
_AFTER = f"""
echo "backends left: $(xenstore-list /local/domain/0/backend/vbd 2>/dev/null | grep -c "^$DOMID$")"
ps | grep -q "[s]leep 600" && echo "during session still runs" || echo "during session gone"
dd if=$DISK0 bs=512 skip=3 count=1 2>/dev/null | head -c {len(MARK_A)}; echo
ip link add va type veth && ip link set veth0 name vb || exit 1
ip link set va up; ip link set vb up; ip link set vb master xenbr0
mac() {{ cat /sys/class/net/$1/address; }}
xenlet-frames reflect -t 3 vb > /dev/null &
xenlet-frames echo-test va $(mac vb) 100 60 1514 || exit 1
wait
xenlet-frames reflect -t 3 va > /dev/null &
xenlet-frames echo-test xenbr0 $(mac va) 100 || exit 1
wait
ip link del va
"""


@pytest.mark.xen_scenario(
    Scenario(
        "devices-dom0-side",
        _probe_image(),
        # The probe guest runs until destroyed: long enough (even under
        # load) to see its backends wait for a frontend it never starts.
        _pvh_cfg("hang")
        # Two vifs; xenbr1 does not exist before: dom0 creates it.
        + 'vif = ["bridge=xenbr0,mac=00:16:3e:00:00:31",'
        + ' "bridge=xenbr1,mac=00:16:3e:00:00:32"]\n'
        + f'disk = ["format=raw,vdev=xvda,access=rw,target={DISK_A}"]\n',
        expect=("hanging",),
        shutdown="timeout",
        max_runtime=6.0,
        disks=[DISK_A, DISK_B],
        setup=_SETUP,
        during=_WATCH,
        after=_AFTER,
        expect_during=("0 on xenbr0", "1 on xenbr1", "backends gone"),
        expect_after=("backends left: 0", "during session gone", MARK_A.decode()),
        prepare=_make_disks,
    )
)
def test_devices_dom0_side(xen_verdict: Verdict) -> None:
    v = xen_verdict
    _check(v)
    assert v.setup_rc == 0 and v.during_rc == 0 and v.after_rc == 0
    assert not v.during_killed
    # The guest's devices (vbd 51712 = xvda, vifs 0 and 1): backends waiting for
    # a frontend (InitWait = 2 in xen/io/xenbus.h; the probe never
    # connects), then removed by xl.  (The PV console has a backend too.)
    states = [
        ln.split()[1:]
        for ln in v.during_output.splitlines()
        if ln.startswith("states ")
    ]
    assert any({"vbd-51712=2", "vif-0=2", "vif-1=2"} <= set(s) for s in states), (
        v.during_output
    )
    assert v.during_output.rstrip().endswith("backends gone")
    m = re.search(
        r"domid=(\d+) name=(\S+) disk0=(/dev/vd[a-z]) disk1=(/dev/vd[a-z])",
        v.during_output,
    )
    assert m and int(m[1]) > 0 and m[2].endswith("devices-dom0-side") and m[3] != m[4]
    # The config's host path of disk A became its dom0 device.
    assert f"xvda params={m[3]}\n" in v.during_output
    # Both frame tests: every frame back intact.
    frames = re.findall(
        r"FRAMES sent=(\d+) received=(\d+) intact=(\d+) lost=0 dup=0 bad=0",
        v.after_output,
    )
    assert frames == [("100", "100", "100")] * 2, v.after_output
    # What dom0 wrote through its virtio disks is in the host files.
    for path, sector, mark in ((DISK_A, 3, MARK_A), (DISK_B, 7, MARK_B)):
        data = path.read_bytes()
        assert len(data) == DISK_SIZE
        assert data[sector * 512 : sector * 512 + len(mark)] == mark
        assert data.count(0) == DISK_SIZE - len(mark)
