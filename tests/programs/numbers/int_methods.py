# int methods and conversions: bit_length, to_bytes, from_bytes, bin/hex/oct.
for n in [0, 1, 5, 255, 256, -1, -256, 2 ** 64, -(2 ** 64) - 1]:
    print(n, n.bit_length(), bin(n), oct(n), hex(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(bytes(range(1, 17)), "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).bit_count() if hasattr(int, "bit_count") else 2, (255).bit_count(), (-7).bit_count())
print((7).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print((12).as_integer_ratio(), int.__name__, (3).__index__())
print(int(True), int(-3.99), int(3.99), int("  12  "), int("-0"), int(b"42"))
print(int("1" * 30), int("-0b1011", 0), int("0o777", 0), int("0x_ff", 0))
