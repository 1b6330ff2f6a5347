# SPDX-License-Identifier: MIT
# memoryview (slices, release, read-only, assignment errors) and bytearray/bytes methods with unusual arguments.
ba = bytearray(range(16))
m = memoryview(ba)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides)
sub = m[4:8]; sub[0] = 99; print(ba[4], bytes(sub), sub.obj is ba, m[::-1][0], m[-3:].tolist())
with memoryview(bytearray(b"xyz")) as mm:
    print(mm.tobytes(), mm.hex())
try:
    mm[0]
except ValueError as e:
    print("VE", e)
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError as e:
    print("TE", e)
try:
    m[0] = 256
except ValueError as e:
    print("VE", e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print("VE", e)
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") == b"ab", memoryview(bytearray(b"a")) == bytearray(b"a"), bytes(memoryview(b"q") ), bytearray(memoryview(b"zz")), len(memoryview(b"")))
print(m.release() is None)
ba2 = bytearray(b"hello world")
print(ba2.split(), ba2.upper(), ba2.find(b"o", 5), ba2.replace(b"o", b"0"), ba2.strip(b"hd"), ba2.startswith(b"he"), ba2.title(), ba2.partition(b" "), ba2.count(b"l"), ba2.hex(), ba2.decode())
ba2[0:5] = b"HEY"; print(ba2); ba2[::2] = b"....."; print(ba2); del ba2[1::2]; print(ba2, ba2 * 2, ba2.isupper(), ba2.zfill(10), ba2.lstrip(b"."), ba2.center(12, b"~"))
ba3 = bytearray(b"abc"); ba3.extend([100, 101]); ba3.extend(bytearray(b"f")); ba3 += memoryview(b"g"); print(ba3, ba3.index(100), ba3.rindex(b"c"), ba3.copy() == ba3, ba3.pop(2), ba3)
print(bytes.fromhex(" 0a 0B  "), bytearray.fromhex("ff"), bytes(b"abc").center(7, b"*"), b"\x00".join([b"a", b"b"]), b"abc".rjust(2), b"AbC".lower(), b"ab\xff".isascii(), b"123".isdigit(), b"  ".isspace(), b"Ab Cd".istitle())
print(b"a,b,,c".split(b",", 2), b"a b c".rsplit(maxsplit=1), b"aXbXc".split(b"X", maxsplit=-1), b"line\r\nnext\rx\n".splitlines(keepends=True), b"x".ljust(3) + b"|")
