# SPDX-License-Identifier: MIT
# Guest for freeze-and-boot's --disk/--net path: writes a line into sector 1
# of xvda (the user's file on the host), connects vif0 (on a bridge dom0
# made for it), checks that a second open is refused and that the vif can be
# opened again after close, sends a burst of 1514-byte broadcast frames
# (more than there are transmit buffers), printing what it saw, then powers
# off.
import time

import xen.block
import xen.net

BURST = 300

disk = xen.block.open("xvda")
disk.write(1, b"written by the guest".ljust(disk.sector_size, b"."))
disk.flush()
disk.close()
nic = xen.net.open(0)
print(f"vif0 {xen.net.format_mac(nic.mac)} connected")
try:
    xen.net.open(0)
except xen.net.NetError as e:
    print("second open:", e)
nic.close()
with xen.net.open(0) as nic:  # closed vifs can be opened again
    print(f"vif0 reopened, backend state {nic.fe.backend_state()}")
    # A burst of more frames than there are transmit buffers: send() waits
    # for completions when all are in flight (tx_full counts those waits).
    frame = b"\xff" * 6 + nic.mac + b"\x88\xb5" + bytes(1500)
    start = time.monotonic()
    for i in range(BURST):
        nic.send(frame)
    took = time.monotonic() - start
    s = nic.stats
    print(f"burst sent={s.tx_frames} errors={s.tx_errors} waits={s.tx_full} "
          f"frames_per_s={BURST / took:.1f}")
print(f"vif0 closed, backend state {nic.fe.backend_state()}")
print("DEVICES-DONE")
