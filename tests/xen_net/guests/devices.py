# SPDX-License-Identifier: MIT
# Guest for freeze-and-boot's --disk/--net path: writes a line into sector 1
# of xvda (the user's file on the host), connects vif0 (on a bridge dom0
# made for it) and prints what it got, then powers off.
import xen.block
import xen.net

disk = xen.block.open("xvda")
disk.write(1, b"written by the guest".ljust(disk.sector_size, b"."))
disk.flush()
disk.close()
nic = xen.net.open(0)
print(f"vif0 {xen.net.format_mac(nic.mac)} connected")
nic.close()
print("DEVICES-DONE")
