# bytes: literals, indexing gives ints, methods, hex, fromhex.
b = b"Hello, bytes!"
print(b[0], b[-1], b[:5], list(b[:3]), len(b))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"bytes", b"world"))
print(b.find(b"l"), b.count(b"l"), b.startswith(b"He"), b.endswith(b"!"), b"by" in b)
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x01\x02".hex("-"))
print(b + b"!!", b * 2, b"abc" < b"abd", b"a" == b"a", b"" == bytes())
print(b"  strip  ".strip(), b"a,b,c".split(b","), b"-".join([b"x", b"y"]))
print(b"abc".isalpha(), b"123".isdigit(), b"ab12".isalnum(), b"Ab".istitle())
print(b"%d items, %s" % (5, b"ok"), b"%05.1f" % 3.14159)
print(bytes([255, 0]), repr(bytes([9, 10, 13, 39, 92])))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(b"abc"[1:2], type(b"abc"[1]).__name__, int.from_bytes(b"\x01\x00", "little"))
