# Mixed int/float arithmetic, comparison of large ints with floats, true division.
print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 2, type(8 / 2).__name__, 2 ** 0.5 * 2 ** 0.5)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(1 == 1.0, hash(1) == hash(1.0), {1: "int", 1.0: "float"})
print(10 ** 30 / 10 ** 10, 1 / 3 * 3, (1 << 70) / 3)
print(3 // 2.0, -3 // 2.0, 3 % -2.0, 2 ** -1, (-8) ** (1 / 3) if False else "", 0 ** 0, 0.0 ** 0)
try:
    (10 ** 400) / 3.0
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) // 3 % 10, 10 ** 400 / 10 ** 399)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([0.1] * 10), sum([1, 2.5, 3]), max(1, 2.0), min(2, 2.0))
print(abs(-3.5), abs(-3), abs(True), -abs(-0.0))
