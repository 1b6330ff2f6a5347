# SPDX-License-Identifier: MIT
# freeze-and-boot's --net and --disk: the vif and disk lists they put in the
# xl config (syntax of xl-network-configuration(5) and
# xl-disk-configuration(5)), generated MACs and vdevs, and the errors a bad
# spec gets (exit status 2 with the reason, before anything is built).
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from freeze.boot_cli import main
from freeze.xlcfg import (
    DiskSpec,
    NetSpec,
    XlConfigError,
    device_entries,
    disk_entries,
    generated_mac,
    parse_disk_spec,
    parse_net_spec,
    render_xl_config,
    vdev_name,
    vif_entries,
)


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    p = tmp_path / "disk.img"
    p.write_bytes(bytes(4096))
    return p


def test_net_spec() -> None:
    assert parse_net_spec("bridge=xenbr0") == NetSpec("xenbr0", None)
    assert parse_net_spec("bridge=br-1,mac=00:16:3E:AA:bb:01") == NetSpec("br-1", "00:16:3e:aa:bb:01")
    assert parse_net_spec(" mac=02:00:00:00:00:01 , bridge=b ") == NetSpec("b", "02:00:00:00:00:01")


@pytest.mark.parametrize("spec, why", [
    ("", "empty item"),
    ("xenbr0", "unknown key 'xenbr0'"),
    ("bridge=xenbr0,model=e1000", "unknown key 'model'"),
    ("mac=00:16:3e:00:00:01", "bridge=NAME is required"),
    ("bridge=", "bridge needs a value"),
    ("bridge=a,bridge=b", "bridge given twice"),
    ("bridge=this-name-is-too-long", "bad bridge name"),
    ("bridge=a b", "bad bridge name"),
    ("bridge=a,mac=00:16:3e:00:00", "bad MAC address"),
    ("bridge=a,mac=00:16:3e:00:00:0g", "bad MAC address"),
    ("bridge=a,mac=00-16-3e-00-00-01", "bad MAC address"),
    ("bridge=a,mac=01:16:3e:00:00:01", "multicast"),
    ("bridge=a,mac=ff:ff:ff:ff:ff:ff", "multicast"),
    ("bridge=a,mac=00:00:00:00:00:00", "not usable"),
    ("bridge=a,,mac=00:16:3e:00:00:01", "empty item"),
])
def test_bad_net_specs(spec: str, why: str) -> None:
    with pytest.raises(XlConfigError, match=re.escape(why)):
        parse_net_spec(spec)


def test_disk_spec(disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(disk.parent)
    assert parse_disk_spec("disk.img") == DiskSpec(disk, None, False)
    assert parse_disk_spec(f"{disk},vdev=xvdc,ro") == DiskSpec(disk, "xvdc", True)
    assert parse_disk_spec("disk.img,rw,vdev=xvdaa") == DiskSpec(disk, "xvdaa", False)


@pytest.mark.parametrize("spec, why", [
    ("nope.img", "no such file"),
    ("disk.img,vdev=sda", "bad vdev 'sda'"),
    ("disk.img,vdev=xvd", "bad vdev"),
    ("disk.img,vdev=xvd1", "bad vdev"),
    ("disk.img,vdev=xvdA", "bad vdev"),
    ("disk.img,vdev=", "vdev needs a value"),
    ("disk.img,vdev=xvda,vdev=xvdb", "vdev given twice"),
    ("disk.img,ro=1", "ro takes no value"),
    ("disk.img,format=qcow2", "unknown key 'format'"),
    ("disk.img,cdrom", "unknown key 'cdrom'"),
    ("target=disk.img", "first item must be the image's path"),
    (".", "not a file"),
])
def test_bad_disk_specs(disk: Path, monkeypatch: pytest.MonkeyPatch, spec: str, why: str) -> None:
    monkeypatch.chdir(disk.parent)
    with pytest.raises(XlConfigError, match=re.escape(why)):
        parse_disk_spec(spec)


def test_vdev_names() -> None:
    # xvd + the disk number in letters, as docs/misc/vbd-interface.txt counts
    assert [vdev_name(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "xvda", "xvdb", "xvdz", "xvdaa", "xvdab", "xvdaz", "xvdba", "xvdzz", "xvdaaa"]


def test_generated_macs_are_xen_oui_unicast_and_stable() -> None:
    macs = [generated_mac("app", i) for i in range(50)]
    assert len(set(macs)) == 50
    for m in macs:
        b = bytes.fromhex(m.replace(":", ""))
        assert b[:3] == b"\x00\x16\x3e" and b[3] < 0x80
    assert generated_mac("app", 0) == macs[0]
    assert generated_mac("other", 0) != macs[0]


def test_vif_entries() -> None:
    nets = [NetSpec("xenbr0"), NetSpec("br1", "00:16:3e:00:00:01")]
    assert vif_entries(nets, "app") == [
        f"mac={generated_mac('app', 0)},bridge=xenbr0",
        "mac=00:16:3e:00:00:01,bridge=br1",
    ]
    with pytest.raises(XlConfigError, match="two vifs"):
        vif_entries([NetSpec("a", "00:16:3e:00:00:01"), NetSpec("b", "00:16:3e:00:00:01")], "app")


def test_disk_entries_fill_free_vdevs_in_order(tmp_path: Path) -> None:
    a, b, c = (tmp_path / f"{n}.img" for n in "abc")
    disks = [DiskSpec(a), DiskSpec(b, "xvda", True), DiskSpec(c)]
    assert disk_entries(disks) == [
        f"format=raw,vdev=xvdb,access=rw,target={a}",
        f"format=raw,vdev=xvda,access=ro,target={b}",
        f"format=raw,vdev=xvdc,access=rw,target={c}",
    ]
    with pytest.raises(XlConfigError, match="vdev xvdb is given to two disks"):
        disk_entries([DiskSpec(a, "xvdb"), DiskSpec(b, "xvdb")])
    with pytest.raises(XlConfigError, match="given twice"):
        disk_entries([DiskSpec(a), DiskSpec(a, readonly=True)])


def test_config_text_with_devices(tmp_path: Path) -> None:
    disk = tmp_path / "my disk.img"  # a blank in the path is fine: target= is last
    extra = device_entries("app", [NetSpec("xenbr0", "00:16:3e:01:02:03")], [DiskSpec(disk)])
    text = render_xl_config("app", "/k/app.xen", 8, extra=extra)
    assert text.endswith(
        'vif = ["mac=00:16:3e:01:02:03,bridge=xenbr0"]\n'
        f'disk = ["format=raw,vdev=xvda,access=rw,target={disk}"]\n')
    # no devices, no keys
    assert "vif" not in render_xl_config("app", "/k/app.xen", 8, extra=device_entries("app", [], []))


# ---- the command line -----------------------------------------------------------


def _cli(tmp_path: Path, *args: str):
    app = tmp_path / "app.py"
    app.write_text("print('hi')\n")
    return CliRunner().invoke(main, [str(app), "-q", "-o", str(tmp_path / "out"), *args])


@pytest.mark.parametrize("args, why", [
    (["--net", "bridge=xenbr0,speed=10"], "unknown key 'speed'"),
    (["--net", "bridge=xenbr0,mac=1:2:3:4:5:6"], "bad MAC address"),
    (["--net", "bridge=xenbr0", "--net", "bridge=b,mac=03:00:00:00:00:01"], "multicast"),
    (["--disk", "missing.img"], "no such file"),
    (["--disk", "DISK,vdev=hda"], "bad vdev 'hda'"),
    (["--disk", "DISK,readonly"], "unknown key 'readonly'"),
    (["--disk", "DISK", "--disk", "DISK"], "is given twice"),
    (["--disk", "DISK,vdev=xvdb", "--disk", "OTHER,vdev=xvdb"], "given to two disks"),
])
def test_cli_refuses_bad_device_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      args: list[str], why: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.img").write_bytes(b"")
    (tmp_path / "e.img").write_bytes(b"")
    args = [a.replace("DISK", "d.img").replace("OTHER", "e.img") for a in args]
    r = _cli(tmp_path, *args)
    assert r.exit_code == 2, r.output
    assert why in r.output
    assert not (tmp_path / "out" / "app.cfg").exists()


def test_cli_writes_vif_and_disk(tmp_path: Path, disk: Path) -> None:
    r = _cli(tmp_path, "--net", "bridge=xenbr0", "--disk", f"{disk},ro",
             "--net", "bridge=br7,mac=00:16:3e:0a:0b:0c")
    assert r.exit_code == 0, r.output
    cfg = (tmp_path / "out" / "app.cfg").read_text()
    assert (f'vif = ["mac={generated_mac("app", 0)},bridge=xenbr0", '
            '"mac=00:16:3e:0a:0b:0c,bridge=br7"]') in cfg.splitlines()
    assert f'disk = ["format=raw,vdev=xvda,access=ro,target={disk}"]' in cfg.splitlines()


def test_run_xen_makes_the_bridges() -> None:
    from freeze.boot import bridge_setup

    setup = bridge_setup([NetSpec("xenbr0"), NetSpec("br7"), NetSpec("br7", "00:16:3e:00:00:02")])
    assert setup.splitlines() == [
        "ip link show xenbr0 >/dev/null 2>&1 || ip link add xenbr0 type bridge; ip link set xenbr0 up",
        "ip link show br7 >/dev/null 2>&1 || ip link add br7 type bridge; ip link set br7 up",
    ]
