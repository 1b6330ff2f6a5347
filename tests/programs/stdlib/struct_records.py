# struct: a binary record file format written to and read from BytesIO.
import struct, io
REC = struct.Struct("<I16sdB")
people = [(1, "Ann", 1.75, 30), (2, "Bartholomew", 1.8, 45), (3, "Zoë", 1.6, 22)]
buf = io.BytesIO()
buf.write(struct.pack("<4sH", b"RECS", len(people)))
for pid, name, h, age in people:
    buf.write(REC.pack(pid, name.encode("utf-8"), h, age))
raw = buf.getvalue()
print(len(raw), raw[:6], REC.size)
rd = io.BytesIO(raw)
magic, count = struct.unpack("<4sH", rd.read(6))
print(magic, count)
for _ in range(count):
    pid, name, h, age = REC.unpack(rd.read(REC.size))
    print(pid, name.rstrip(b"\0").decode("utf-8"), h, age)
print(struct.pack(">i", -2 ** 31), struct.pack("<Q", 2 ** 64 - 1), struct.unpack("<e", struct.pack("<e", 0.5)))
