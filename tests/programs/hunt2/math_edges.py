# SPDX-License-Identifier: MIT
# math module edge cases, rounding, float/int parsing with bases and underscores, dunder arithmetic, bool arithmetic.
import math
print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**1000, 2), math.sqrt(10**300), math.floor(1e300) == 10**300, math.ceil(-1e20), math.floor(-0.0), math.trunc(1e20))
print(math.modf(-3.5), math.frexp(0.0), math.frexp(-8.0), math.ldexp(0.5, 1025) if False else math.ldexp(0.75, 4), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(7, 4), math.remainder(-7, 4), math.copysign(0.0, -1))
print(math.fmod(7, -3), math.fmod(-0.0, 1), math.pow(2, 0.5), math.pow(-2, 3), math.exp(-1000), math.expm1(1e-10), math.log1p(1e-10), math.atan2(-0.0, -1), math.atan2(0.0, -1), math.degrees(math.pi), math.radians(180), math.cos(0), math.tan(0.5))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.inf > 0, -math.inf, math.e, math.tau, math.pi, math.isclose(1, 1.0000001), math.isclose(1, 1.0000001, rel_tol=1e-9), math.isclose(0, 1e-10, abs_tol=1e-9))
for bad in [lambda: math.floor(math.inf), lambda: math.ceil(math.nan), lambda: math.log(-1), lambda: math.log(0.0), lambda: math.sqrt(-0.1), lambda: math.pow(0, -1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(3, -1), lambda: math.isqrt(-1), lambda: math.ldexp(1.0, 2000), lambda: math.acos(2), lambda: math.log(10, 1), lambda: math.fmod(1, 0), lambda: math.exp(800), lambda: math.pow(10, 400), lambda: math.gcd(1.5, 2), lambda: round(math.inf), lambda: round(math.nan), lambda: math.log(-10**400)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(-0.5), round(1.5), round(2.5, None), round(1234.5678, -2), round(-1234.5678, -2), round(5e-324, 400), round(1e300, 2), round(0.1 + 0.2, 15), round(123, -5), round(-0.0, 1), round(15, -1), round(25, -1), round(-25, -1))
print(divmod(-0.0, 1.0), divmod(5.5, -0.5), divmod(-5.5, 0.5), -7.0 // 0.1, 7.0 % 0.1, -7 % 0.75, 1e300 % 7, (-1e300) % 7, 10**20 % 3.5, 3.5 % 10**20, 2**70 // 1.5, float(2**70) // 7)
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1 - 0.9, 0.1 ** 2, 1e16 + 1, 9007199254740993.0, 1.0e-7 * 3, 2 / 3, -1 / 3, 1e23, 1e22, 8.5 // 1, 123456789.0 * 10**10, 1.5e-310 * 2, 4.9e-324 / 2, 2.2250738585072014e-308 / 2)
print(float("0.1") == 0.1, float("1e-400"), float("-1e-400"), float("1" * 400), float("  -Infinity "), float("nAn"), float("0x1p-2".replace("0x", "")) if False else float.fromhex("0x1p-2"), float("1_000.000_1"), float(".5e1"), float("1E+2"))
for s in ["1__0", "_1", "1_", "0x10", "1e", "e5", "inf inity", "--1", "1.2.3", ""]:
    try:
        print(float(s))
    except ValueError as e:
        print("VE", e)
for s in ["0b2", "0o8", "1e3", "٣", " 0x1F ", "0_0", "00", "007", "-0b1", "+_1"]:
    for base in (0, 10, 16):
        try:
            print(s, base, int(s, base))
        except ValueError as e:
            print(s, base, "VE", e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum(range(10**6)), sum([1, 2.5, 3]), sum([], 0.0), sum((x / 10 for x in range(10))), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(7 .__truediv__(2), (7).__floordiv__(-2), (7.0).__mod__(-2), int.__add__(1, 2), float.__add__(1.0, 2), (1).__truediv__(0.5), (2).__pow__(-1), (2).__rpow__(3), (3).__rtruediv__(1), int.__neg__(5), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (1.5).real, (1.5).imag)
print(int(True) + int(False), True & False, True | 2, True ^ True, -True // 2, True << 3, bool(-1) is True, float(True), str(True + 0.5), hash(True) == hash(1), {True: "a", 1: "b"}, abs(False), round(True), divmod(True, 2))
