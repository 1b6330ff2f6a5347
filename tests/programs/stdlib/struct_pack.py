# struct: pack/unpack with byte orders, sizes, calcsize, iter_unpack, errors.
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack(">q", -1))
print(struct.pack("<HBb", 513, 255, -128), struct.pack("<f", 1.5), struct.pack(">d", -2.25))
print(struct.pack("<?3s2x", True, b"ab"), struct.pack("<5p", b"hey"), struct.pack("<c", b"z"))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">hH", b"\xff\xfe\xff\xfe"))
print(struct.unpack("<fd", struct.pack("<fd", 0.1, 0.1)))
print(struct.calcsize("<IHB"), struct.calcsize("<q"), struct.calcsize("<10s"), struct.calcsize(">2I3h"))
hdr = struct.pack("!BBHI", 4, 5, 1500, 0xDEADBEEF)
print(hdr.hex(), struct.unpack("!BBHI", hdr))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
buf = bytearray(8)
struct.pack_into("<HI", buf, 1, 7, 9)
print(buf, struct.unpack_from("<HI", buf, 1))
s = struct.Struct(">iq")
print(s.size, s.format, s.unpack(s.pack(-5, 2 ** 40)))
for fmt, args in [("<B", (256,)), ("<I", (-1,)), ("<h", (1, 2))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
