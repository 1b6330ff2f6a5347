# SPDX-License-Identifier: MIT
# netfront on the real Xen of the test bed (tools/xen_testbed; every
# scenario of the session shares one Xen boot): guests/echo.py sends every
# raw Ethernet frame back with the addresses swapped while dom0's
# `xenlet-frames echo-test` (Scenario.during) sends COUNT frames of sizes up
# to the MTU (1514 bytes with the header) into the guest's vif and checks
# that each comes back once and intact.  One guest with one vif on xenbr0,
# one with two vifs (xenbr0 and a second bridge made by freeze-and-boot's
# --run xen set-up), and the scenario `freeze-and-boot --disk FILE --net
# bridge=NEW --run xen` makes (the guest's disk write lands in FILE).  The
# FRAMES line's rtt_per_s is the round-trip rate docs/xen-devices.md
# records.  XENLET_SKIP_XEN=1 skips these.
from __future__ import annotations

import os
import re
import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from freeze.boot import bridge_setup, build_guest, xen_scenario
from freeze.xlcfg import DiskSpec, NetSpec, device_entries, render_xl_config
from tools.xen_testbed import Scenario, Verdict

OUT = REPO / "build" / "xen-net-tests"
ECHO = Path(__file__).resolve().parent / "guests" / "echo.py"
DEVICES = Path(__file__).resolve().parent / "guests" / "devices.py"
# Frame sizes (with the 14-byte header), cycled: the shortest unpadded
# Ethernet frame, odd sizes, page-crossing halves, and the largest, MTU + 14.
SIZES = "60 61 100 255 512 999 1024 1400 1513 1514"
COUNT = 200
MACS = ("00:16:3e:5a:00:01", "00:16:3e:5a:01:01", "00:16:3e:5a:01:02")
FRAMES_LINE = re.compile(r"FRAMES sent=(\d+) received=(\d+) intact=(\d+) lost=(\d+) dup=(\d+) "
                         r"bad=(\d+) rtt_per_s=([\d.]+)")


def _scenario(name: str, nets: list[NetSpec], count: int, during: str) -> Scenario:
    OUT.mkdir(parents=True, exist_ok=True)
    image = OUT / f"{name}.xen"
    args = (str(count), str(len(nets)))

    def prepare() -> None:
        build_guest(ECHO, args, name=name, out_dir=OUT, memory_mb=16, nets=nets)

    cfg = render_xl_config(name, image.resolve(), 16, cmdline=" ".join(args),
                           extra=device_entries(name, nets, []))
    return Scenario(f"xen-net-{name}", image, cfg, expect=("ECHO-DONE",), shutdown="poweroff",
                    max_runtime=300.0, prepare=prepare, setup=bridge_setup(nets), during=during)


def _echo_test(vif: int, mac: str, count: int) -> str:
    return f"xenlet-frames echo-test -w 120 -s 180 vif$DOMID.{vif} {mac} {count} {SIZES}"


ONE = _scenario("net-echo", [NetSpec("xenbr0", MACS[0])], COUNT, _echo_test(0, MACS[0], COUNT))
TWO = _scenario(
    "net-two",
    [NetSpec("xenbr0", MACS[1]), NetSpec("xenbr1", MACS[2])],
    COUNT // 2,
    # both at once: frames of one vif must not leak into the other
    f"{_echo_test(0, MACS[1], COUNT // 2)} > /tmp/net-two-0.log 2>&1 &\n"
    f"{_echo_test(1, MACS[2], COUNT // 2)} > /tmp/net-two-1.log 2>&1; rc1=$?\n"
    "wait $!; rc0=$?\n"
    "cat /tmp/net-two-0.log /tmp/net-two-1.log\n"
    "[ $rc0 = 0 ] && [ $rc1 = 0 ]\n",
)


# The measurement docs/xen-devices.md records (opt-in: XENLET_NET_BENCH=1,
# with XENLET_XEN_TIMEOUT=1200 for the longer boot): BENCH_COUNT round
# trips per (frames in flight, frame size), one vif.
BENCH_RUNS = [(1, 1514), (1, 60), (8, 60), (8, 1514), (32, 60), (32, 1514)]
BENCH_COUNT = 500
BENCH = _scenario(
    "net-rate",
    [NetSpec("xenbr0", "00:16:3e:5a:02:01")],
    BENCH_COUNT * len(BENCH_RUNS),
    "\n".join(f'echo "RUN window={w} size={size}"\n'
              f"xenlet-frames echo-test -w 120 -s 180 -n {w} vif$DOMID.0 00:16:3e:5a:02:01 "
              f"{BENCH_COUNT} {size} || exit 1" for w, size in BENCH_RUNS),
)
BENCH.max_runtime = 900.0


def _run_xen_scenario() -> Scenario:
    """What `freeze-and-boot devices.py --disk FILE --net bridge=xlbr9 --run
    xen` hands the test bed (freeze.boot.xen_scenario), with dom0 checking
    that the vif sits on the new bridge."""
    OUT.mkdir(parents=True, exist_ok=True)
    name = "net-runxen"
    disk = OUT / "runxen-disk.img"
    disk.write_bytes(bytes(64 * 512))
    nets, disks = [NetSpec("xlbr9")], [DiskSpec(disk.resolve())]
    config = OUT / f"{name}.cfg"
    config.write_text(render_xl_config(name, (OUT / f"{name}.xen").resolve(), 16,
                                       extra=device_entries(name, nets, disks)))
    guest = types.SimpleNamespace(name=name, image=OUT / f"{name}.xen", config=config,
                                  nets=nets, disks=disks)
    sc = xen_scenario(guest, expect=("DEVICES-DONE",), max_runtime=240.0,  # type: ignore[arg-type]
                      scenario_name=f"xen-net-{name}")

    def prepare() -> None:
        build_guest(DEVICES, (), name=name, out_dir=OUT, memory_mb=16, nets=nets, disks=disks)

    sc.prepare = prepare
    sc.during = ("for i in $(seq 1 100); do [ -e /sys/class/net/xlbr9/brif/vif$DOMID.0 ] && break; "
                 "usleep 100000; done; ls /sys/class/net/xlbr9/brif/")
    sc.expect_during = ("vif",)
    return sc


RUNXEN = _run_xen_scenario()


def _ok(v: Verdict) -> None:
    assert v.ok, (v.summary() + "\n--- console ---\n" + v.console + "\n--- during ---\n"
                  + v.during_output + "\n--- tail ---\n" + v.serial_tail)


def _frames(v: Verdict) -> list[tuple[int, ...]]:
    return [tuple(int(float(x)) for x in m.groups()) for m in FRAMES_LINE.finditer(v.during_output)]


@pytest.mark.xen_scenario(ONE)
def test_echo_frames_of_every_size(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    [(sent, received, intact, lost, dup, bad, _rate)] = _frames(xen_verdict)
    assert (sent, received, intact, lost, dup, bad) == (COUNT, COUNT, COUNT, 0, 0, 0)
    assert f"vif0 mac {MACS[0]} mtu 1500" in xen_verdict.console
    assert "vif0 closed, backend state 6" in xen_verdict.console  # Closed
    # nothing the backend sent was malformed, nothing refused
    assert re.search(rf"vif0 data={COUNT} .* rx_dropped=0 rx_errors=0 tx_errors=0 ",
                     xen_verdict.console), xen_verdict.console
    m = re.search(r"rtt_per_s=([\d.]+)", xen_verdict.during_output)
    print(f"\nraw frame round trips per second (1 vif, {COUNT} frames, sizes {SIZES}): {m.group(1)}")


@pytest.mark.xen_scenario(TWO)
def test_two_vifs_at_once(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    n = COUNT // 2
    assert [f[:6] for f in _frames(xen_verdict)] == [(n, n, n, 0, 0, 0)] * 2
    assert f"vif0 mac {MACS[1]}" in xen_verdict.console
    assert f"vif1 mac {MACS[2]}" in xen_verdict.console


@pytest.mark.xen_scenario(RUNXEN)
def test_run_xen_disk_and_bridge(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    assert "vif0 00:16:3e:" in xen_verdict.console
    assert "second open: vif0 is open already" in xen_verdict.console
    assert "vif0 reopened, backend state 4" in xen_verdict.console
    assert "vif0 closed, backend state 6" in xen_verdict.console
    assert "burst sent=300 errors=0 " in xen_verdict.console
    print("\n" + next(ln for ln in xen_verdict.console.splitlines() if ln.startswith("burst")))
    data = (OUT / "runxen-disk.img").read_bytes()
    assert data[512:532] == b"written by the guest" and data[:512] == bytes(512)


def _round_trip_rate(xen_verdict: Verdict) -> None:
    _ok(xen_verdict)
    runs = re.findall(r"RUN window=(\d+) size=(\d+)\n.*rtt_per_s=([\d.]+)", xen_verdict.during_output)
    assert len(runs) == len(BENCH_RUNS), xen_verdict.during_output
    print(f"\nraw frame round trips per second, {BENCH_COUNT} frames per row:")
    print("| frames in flight | frame bytes | round trips/s |\n|---:|---:|---:|")
    for w, size, rate in runs:
        print(f"| {w} | {size} | {rate} |")


# Only defined when asked for: a defined scenario test joins the session's boot.
if os.environ.get("XENLET_NET_BENCH"):
    test_round_trip_rate = pytest.mark.xen_scenario(BENCH)(_round_trip_rate)
