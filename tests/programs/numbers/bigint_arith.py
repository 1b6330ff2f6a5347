# Arbitrary-precision integers: arithmetic, powers, division, negatives.
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, divmod(a, b), divmod(-b, a))
print(a ** 3, (-a) ** 3)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)))
print(f // (f // 3 + 1), f % 1000007)
print(10 ** 40 // 10 ** 20, 10 ** 40 % 9, (10 ** 40 + 1) // -3)
print(abs(-10 ** 30), -(10 ** 30) < -(10 ** 29), 10 ** 30 == 10 ** 30)
print(int("123456789" * 5) * 3)
print((1 << 200) >> 190, (1 << 100) | 1, (1 << 100) & ((1 << 100) - 1), ~(1 << 70))
print(-(1 << 100) >> 3, (-(1 << 100)) & 0xFFFF, (-12345678901234567890) ^ 98765432109876543210)
print(pow(3, 200, 10 ** 9 + 7), pow(-7, 3), pow(2, -2))
print(int(1e20), int(-1.5e19), float(2 ** 70), 2 ** 70 / 2 ** 60)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 100)) == hash(-(2 ** 100)))
