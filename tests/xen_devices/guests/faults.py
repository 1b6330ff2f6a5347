# Device faults from a guest: a disk whose backend never connects (dom0's
# hotplug gives blkback no device) and a disk the guest does not have both
# raise XenbusError naming the device, within the timeout, without a hang.
import time

import xen.block

import xen

t0 = time.monotonic()
try:
    xen.block.open("xvda", timeout=8)
    print("xvda connected?!")
except xen.XenbusError as e:
    print("never connects:", e)
    print("path ok", e.path.endswith("/device/vbd/51712"))
print("bounded", time.monotonic() - t0 < 30)
try:
    xen.block.open(5)
except xen.XenbusError as e:
    print("no disk:", e)
print("faults ok")
