# uuid: parsing in its accepted spellings, every view of a UUID, uuid3 and
# uuid5 (deterministic), uuid4 only through its properties, errors.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes.hex(), u.bytes_le.hex(), u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.time, u.clock_seq, u.node, u.variant, u.version)
for text in ("12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678",
             "12345678-1234-5678-1234-567812345678".upper()):
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=u.int, version=4))
for v in range(16):
    w = uuid.UUID(int=(v << 124) | 1)
    print(v, w.variant, w.version)

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(ns, uuid.uuid3(ns, "python.org"), uuid.uuid5(ns, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/ünïcode"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, ""))

fresh = [uuid.uuid4() for _ in range(50)]
print(len(set(fresh)), all(f.version == 4 and f.variant == uuid.RFC_4122 for f in fresh))
print(all(uuid.UUID(str(f)) == f for f in fresh))
t1 = uuid.uuid1()
print(t1.version, t1.variant)

ids = sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)])
print([int(i) for i in ids], uuid.UUID(int=1) < uuid.UUID(int=2), uuid.UUID(int=1) == 1)
print({uuid.UUID(int=7): "seven"}[uuid.UUID(int=7)])

for args in [{}, {"hex": "1234"}, {"hex": "zz345678123456781234567812345678"},
             {"bytes": b"short"}, {"int": -1}, {"int": 1, "version": 9},
             {"fields": (1, 2, 3, 4, 5)}, {"fields": (1, 2, 3, 4, 300, 6)}]:
    try:
        uuid.UUID(**args)
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError", e)
