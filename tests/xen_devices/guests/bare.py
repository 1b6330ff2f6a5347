# Without Xen (bare QEMU): importing xen works, using it fails clearly.
import xen

print("present", xen.present())
try:
    xen.store.read("name")
except OSError as e:
    print("store:", type(e).__name__, e.errno, e.strerror)
try:
    xen.evtchn.alloc_unbound(0)
except OSError as e:
    print("evtchn:", e.errno, e.strerror)
buf = xen.gnttab.Buffer(2)
print("buffer", len(buf), xen.gnttab.address(buf) % 4096, buf.readonly)
buf[4096:4100] = b"abcd"
print(bytes(buf[4096:4100]))
print("poll", xen.poll(0.01))
try:
    xen.gnttab.grant(0, buf[1:4097])
except ValueError as e:
    print("grant:", e)
print("bare ok")
