# SPDX-License-Identifier: MIT
# bytes, bytearray and memoryview operations: methods, mutation, slicing, hex, %-formatting, decode error handlers, int.to_bytes/from_bytes.
b = b"Hello, World! \x00\xff"
print(b, b[0], b[-1], b[1:4], b[::-1], list(b[:3]), bytes(3), bytes([65, 66]), bytes(range(5)), bytes("é", "utf-8"), b"a" * 3)
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b.split(b","), b.split(), b.upper(), b.lower(), b.strip(b"\x00\xff"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.replace(b"l", b"L", 2))
print(b"abc".startswith(b"a"), b"a,b".partition(b","), b"  x  ".strip(), b"x".center(5, b"-"), b"12".zfill(5), b"abc".title(), b"abc".isalpha(), b"ab1".isalnum(), b"a\tb".expandtabs(4))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"abc" + bytearray(b"d"), bytearray(b"d") + b"abc", b"x" in b"xyz", 120 in b"xyz", b"" in b"abc")
ba = bytearray(b"hello")
ba[0] = 74; ba.append(33); ba.extend(b"??"); ba += b"!"; ba[1:3] = b"EEE"; del ba[-1]; ba.insert(0, 62)
print(ba, len(ba), ba.pop(), ba.pop(0), ba, ba.remove(69), ba, ba.reverse(), ba)
ba2 = bytearray(5); ba2[1:4] = [1, 2, 3]; print(ba2, bytearray(b"abc") * 2, bytearray(range(3)), ba2 == bytes(ba2), bytearray(b"x") < b"y")
mv = memoryview(b"abcdef")
print(mv[0], mv[1:3].tobytes(), bytes(mv[::2]), len(mv), mv.tolist()[:3], mv.nbytes, mv.readonly, mv == b"abcdef")
ba3 = bytearray(b"0123456789"); m = memoryview(ba3); m[2:4] = b"xy"; print(ba3, m[-1], bytes(m[7:]))
print(b"%d %s %x %5.2f %c %b %r" % (5, b"hi", 255, 1.5, 65, b"zz", b"q"), b"%(k)s" % {b"k": b"v"})
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), "é".encode("utf-16-le"), "aé€😀".encode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UDE", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UEE", e)
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print("VE", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TE", e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), (1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OE", e)
print(sorted([b"b", b"a", b"ab"]), b"abc"[1:2] == b"b", hash(b"x") == hash(bytearray(b"x")) if False else 0, b"a b  c".split(b" "), b"a\nb\r\nc".splitlines(), bytes(reversed(b"abc")))
print(list(b"ab".__iter__()), b"abc".index(b"c"), b"x".join([]), b"abcabc".rsplit(b"b", 1), b"ab".ljust(4, b"*"), b"AbC".swapcase(), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
print(repr(bytearray(b"'\"")), repr(b"'"), repr(b'"\''), repr(b"\t\n\r\x7f\x80"), str(b"x"), bytearray(), memoryview(b"ab").hex())
