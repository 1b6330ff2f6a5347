# Bit manipulation: masks, popcount, reversal, two's complement views.
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(i) for i in (1, 2, 3, 0b10110000)])
def to_signed(v, bits):
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v
print(to_signed(0xFF, 8), to_signed(0x7F, 8), to_signed(0x8000, 16), to_signed(-1, 32))
print(format(-5 & 0xFF, "08b"), -5 >> 1, -5 // 2, ~0, ~255 & 0xFFFF)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(bin(flags), bool(flags & 8), bool(flags & 4), bin(flags & ~8), bin(flags ^ 0b111111))
x = 0b1011_0110
print(x & -x, (x & -x).bit_length() - 1, x >> 4, (x << 60) >> 58)
print(1 << 0, 1 << 63, 1 << 64, 12345 >> 100, -12345 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
