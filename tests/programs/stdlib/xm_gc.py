# gc: collect, enable/disable, and the xenlet heap-use extension where present.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
junk = [[i] * 10 for i in range(1000)]
del junk
print(type(gc.collect()).__name__, gc.collect() >= 0)
gc.enable()
print(gc.isenabled(), gc.collect(0) >= 0, gc.collect(generation=2) >= 0)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError", e)
if hasattr(gc, "mem_alloc"):
    # xenlet extension: bytes of heap in use and free.
    used, free = gc.mem_alloc(), gc.mem_free()
    keep = [bytes(1000) for _ in range(200)]
    ok = used > 0 and free > 0 and gc.mem_alloc() > used and len(keep) == 200
else:
    ok = True
print("heap use", ok)
