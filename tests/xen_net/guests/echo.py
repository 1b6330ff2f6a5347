# SPDX-License-Identifier: MIT
# Guest: echo raw Ethernet frames back with the addresses swapped, on every
# vif it has, until each vif has echoed COUNT data frames of dom0's
# `xenlet-frames echo-test` (ethertype 0x88b5, payload kind 2 at byte 22),
# then linger a second for stragglers, close each vif (printing the
# backend's state after the close), print its counters and ECHO-DONE.
# Only frames addressed to the vif's own MAC are answered (a bridge may
# flood others to us; answering them could loop).  Waits with xen.poll,
# never spins.  Usage: echo.py COUNT [VIFS] [SECONDS]
import sys
import time

import xen.net

import xen

ETHERTYPE = b"\x88\xb5"
KIND_DATA = 2


def main():
    count = int(sys.argv[1])
    nvifs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 200.0
    nics = [xen.net.open(i) for i in range(nvifs)]
    for nic in nics:
        print(f"vif{nic.index} mac {xen.net.format_mac(nic.mac)} mtu {nic.mtu}")
    data = [0] * nvifs
    echoed = [0] * nvifs
    deadline = time.monotonic() + limit
    done_at = None
    polls = 0
    while time.monotonic() < deadline:
        busy = False
        for i, nic in enumerate(nics):
            frame = nic.recv()
            if frame is None:
                continue
            busy = True
            if frame[:6] != nic.mac:
                continue
            if frame[12:14] == ETHERTYPE and len(frame) > 22 and frame[22] == KIND_DATA:
                data[i] += 1
            nic.send(frame[6:12] + frame[:6] + frame[12:])
            echoed[i] += 1
        if min(data) >= count:
            now = time.monotonic()
            if done_at is None:
                done_at = now
            elif now - done_at > 1.5:
                break
        if not busy:
            xen.poll(0.25)
            polls += 1
    for i, nic in enumerate(nics):
        nic.close()
        print(f"vif{i} closed, backend state {nic.fe.backend_state()}")
        s = nic.stats
        print(f"vif{i} data={data[i]} echoed={echoed[i]} rx_frames={s.rx_frames} "
              f"tx_frames={s.tx_frames} rx_dropped={s.rx_dropped} rx_errors={s.rx_errors} "
              f"tx_errors={s.tx_errors} tx_full={s.tx_full} protocol_errors={s.protocol_errors}")
    print(f"polls={polls}")
    print("ECHO-DONE" if min(data) >= count else f"ECHO-SHORT {data!r}")


main()
