# float methods: is_integer, as_integer_ratio, hex, fromhex, conversions.
for v in [1.0, 1.5, -2.25, 0.1, 1e20, 3.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float(5), float("  7.25 "), float(True), float(-0))
print(int(2.9), int(-2.9), round(2.9), round(-2.9), 7.9 // 1)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1))
print(type(math.floor(2.5)).__name__, math.floor(1e20))
print(1.5.__round__(), float.__name__, (0.5).__repr__())
try:
    (1.5).as_integer_ratio() and float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
