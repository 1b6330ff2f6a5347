# struct: every code in every byte order, alignment, Struct, buffers, errors.
import struct

values = {
    "b": [-128, 0, 127],
    "B": [0, 255],
    "h": [-32768, 32767],
    "H": [65535],
    "i": [-(2**31), 2**31 - 1],
    "I": [2**32 - 1],
    "l": [-5],
    "L": [7],
    "q": [-(2**63), 2**63 - 1],
    "Q": [2**64 - 1],
    "?": [True, False, 0, "x"],
    "e": [1.5, -0.0, 65504.0, 6e-08, 1e-4],
    "f": [3.14, -1e-40, 1e38],
    "d": [2.718281828459045, -1e300],
}
for order in "@=<>!":
    for code, vs in values.items():
        for v in vs:
            packed = struct.pack(order + code, v)
            print(order + code, repr(v), packed, struct.unpack(order + code, packed))
for code in "nNP":
    print(
        code,
        struct.pack(code, 5),
        struct.unpack(code, struct.pack(code, 5)),
        struct.calcsize(code),
    )
print(struct.pack("P", -1), struct.pack("n", -3), struct.unpack("N", b"\xff" * 8))
for fmt in (
    "",
    "x",
    "c",
    "bhilq",
    "<bhilq",
    "qb",
    "bq",
    "bd0q",
    "3s",
    "3p",
    "10x",
    "2i3h",
    "hh0i",
    "?e",
    "5c",
    " i  h ",
    "@s4d",
    b"<ii",
):
    print(repr(fmt), struct.calcsize(fmt))
print(
    struct.pack("bhi", 1, 2, 3),
    struct.pack("<bhi", 1, 2, 3),
    struct.pack(">bhi", 1, 2, 3),
)
print(
    struct.pack("5s", b"ab"),
    struct.pack("2s", b"abcdef"),
    struct.pack("s", b""),
    struct.pack("0s", b"xyz"),
)
print(
    struct.pack("3s", bytearray(b"xyz")),
    struct.unpack("3s", b"abc"),
    struct.unpack("0s", b""),
)
print(
    struct.pack("5p", b"ab"),
    struct.pack("3p", b"abcdef"),
    struct.pack("p", b"abc"),
    struct.unpack("5p", b"\x02abcd"),
)
print(struct.unpack("4p", b"\x09abc"), struct.pack("300p", b"z" * 280)[:2])
print(
    struct.pack("3c", b"a", b"b", b"c"),
    struct.unpack("3c", b"xyz"),
    struct.pack("x2xb", 7),
)
print(
    struct.unpack("<3h", b"\x01\x00\xff\xff\x00\x80"),
    struct.unpack(">2H", b"\x01\x00\xff\xff"),
)
print(
    struct.unpack("?", b"\x05"),
    struct.unpack("<e", b"\x00\x7c"),
    struct.unpack("<e", b"\x00\xfc"),
    struct.unpack("<e", b"\x01\x00"),
)
print(
    struct.unpack("<e", b"\x00\x7e"),
    struct.unpack(">f", b"\x7f\xc0\x00\x00"),
    struct.pack("<e", float("nan")),
    struct.pack("<e", float("-inf")),
)
print(
    struct.pack("<e", 65519.0),
    struct.pack("<e", 2.0**-25),
    struct.pack("<e", 2.0**-25 + 2.0**-40),
    struct.pack("<e", 0.00006103515625),
)
print(
    struct.pack("f", 1e300),
    struct.pack("f", float("inf")),
    struct.pack("<d", float("-inf")),
)


class Index:
    def __index__(self):
        return 42


class Fl:
    def __float__(self):
        return 0.25


print(
    struct.pack("<i", Index()),
    struct.pack("<d", 3),
    struct.pack("<d", Fl()),
    struct.pack("<f", True),
)

s = struct.Struct("<hI2s")
print(s.size, s.format, s.pack(-2, 99, b"ok"), s.unpack(b"\xfe\xff\x63\x00\x00\x00ok"))
buf = bytearray(12)
s.pack_into(buf, 2, 1, 2, b"zz")
print(
    buf,
    s.unpack_from(buf, 2),
    s.unpack_from(buf, offset=2),
    struct.unpack_from("<h", buf, -10),
)
struct.pack_into(">H", buf, -2, 0xBEEF)
print(buf, struct.unpack_from("<2b", buf), struct.unpack_from("B", memoryview(buf), 11))
print(
    struct.Struct(b">i").format, struct.Struct("i").size, list(s.iter_unpack(bytes(16)))
)
print(
    list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")),
    list(struct.iter_unpack("b", b"")),
)
it = struct.iter_unpack("<H", b"\x01\x00\x02\x00")
print(next(it), next(it), next(it, "end"))
print(
    struct.unpack("<i", memoryview(b"\x01\x00\x00\x00")),
    struct.unpack("<i", bytearray(b"\x02\x00\x00\x00")),
)
mv = memoryview(bytearray(4))
struct.pack_into("<i", mv, 0, -1)
print(bytes(mv))
