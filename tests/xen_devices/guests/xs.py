# xenstore from a guest: its name and domid, a key dom0 reads, a watch dom0
# fires, directories, transactions and errors.  dom0's `during` script
# waits for data/ready, reads data/xenlet, writes data/poke.
import xen

print("name", xen.name())
print("domid", xen.domid())
xen.store.write("data/xenlet", "hello-from-guest")
print("read back", xen.store.read("data/xenlet"))
print("ls has xenlet", "xenlet" in xen.store.ls("data"))
try:
    xen.store.read("data/absent")
except xen.StoreError as e:
    print("absent:", e.name, e.errno)
print("default", xen.store.read("data/absent", "dflt"))
try:
    xen.store.write("/local/domain/0/xenlet-intruder", "x")
except xen.StoreError as e:
    print("dom0 key:", e.name)


def move(t):
    v = t.read("data/xenlet")
    t.write("data/xenlet-copy", v + "-copied")
    return v


print("transaction", xen.store.transaction(move), xen.store.read("data/xenlet-copy"))
xen.store.write("data/tmp/a", "1")
xen.store.rm("data/tmp")
print("rm gone", xen.store.exists("data/tmp"))

w = xen.store.watch("data/poke")
print("armed", w.wait(10))
print("nothing yet", w.wait(0.2))
xen.store.write("data/ready", "1")
changed = w.wait(60)
print("woke on", changed, "value", xen.store.read("data/poke", None))
w.close()

# event channels and grants, to dom0
port = xen.evtchn.alloc_unbound(0)
buf = xen.gnttab.Buffer(2)
refs = [
    xen.gnttab.grant(0, buf[0:4096]),
    xen.gnttab.grant(0, buf[4096:8192], readonly=True),
]
print("granted", len(refs), "in use", xen.gnttab.in_use())
for r in refs:
    xen.gnttab.end(r)
try:
    xen.gnttab.end(refs[0])
except ValueError as e:
    print("double end:", e)
xen.evtchn.notify(port)
xen.evtchn.close(port)
try:
    xen.evtchn.close(port)
except ValueError as e:
    print("close twice:", e)
print("poll", xen.poll(0.05))
print("xs ok")
