# bytes(n), bytes(iterable), str(b, enc), bytes.decode, comparisons.
print(bytes(3), bytes([1, 2, 255]), bytes(b"copy"), bytes("txt", "ascii"), bytes())
print(str(b"abc", "ascii"), str(b"\xe2\x82\xac", "utf-8"), str(b"raw"))
print(bytearray(2), bytearray([65, 66]), bytearray("é", "utf-8"), bytes(bytearray(b"ba")))
print(bytes(range(65, 70)).decode(), b"\xff".decode("latin-1"), list(bytes(2)))
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("no encoding")
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print(b"a" * 3, b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__, type(bytearray(b"cd") + b"ab").__name__)
