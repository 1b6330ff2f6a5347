# Float repr is the shortest round-tripping string; str equals repr.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e17, 1.5e-7, 123456789.0, 0.000001,
        0.0000001, 1e22, 1e21, 12345678901234567.0, 9007199254740993.0, 5e-324,
        2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 100.0, 3.0e5, 1.23e-45]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(0.1 * 3, 1.1 * 1.1, 10 / 3, 2 ** 0.5, 1e300 * 1e10, -1e300 * 1e10)
print(float("0.1") == 0.1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.0, 10.0, 1e0, 1.5e3, float(10 ** 15), float(10 ** 16))
print(7.0 // 2, 7.0 % 2.5, -7.0 % 2.5, divmod(7.5, 2), divmod(-7.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, 1), round(-0.55, 1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1234, -2), round(1250, -2))
