# SPDX-License-Identifier: MIT
# Float formatting specs, math module functions, rounding, float parsing and special values, float division and modulo.
import math
vals = [0.1, 0.5, 1.25, 2.675, 1e-10, 123.456, 1e21, 1.7976931348623157e308, 5e-324, -1.5, 100.0, 0.3 - 0.1]
for v in vals:
    print(f'{v!r:>25} {v:.0f} {v:.1e} {v:#g} {v:#.0f} {v:.12g} {v:n} {v:015.4f} {v:_.2f}' if abs(v) < 1e30 else repr(v))
print(f'{1234567.0:,.0f}', f'{-1234.5:_f}', f'{0.000123:.2%}', f'{12.0:#.3g}', f'{1e-300:g}', f'{123:.2f}', f'{True:d}', f'{5:.1f}', f'{7:e}', f'{7:%}')
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(float('nan')), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(3.999), math.ceil(-0.5), math.prod([1, 2, 3, 4]), math.prod([]), math.dist((0, 0), (3, 4)), math.lcm(4, 6), math.gcd(0, 0), math.gcd(-12, 18), math.isqrt(99), math.comb(5, 0), math.perm(5))
print(float('nan') == float('nan'), float('inf') > 1e308, 0.0 == -0.0, repr(-0.0), 1 / math.inf, math.inf - math.inf, max(1, float('nan')), min(float('nan'), 1), sorted([3, float('nan'), 1])[1:] if False else '')
print(int(3.99), int(-3.99), float(7), 7 / 2, 7 // 2.0, 2 ** 0.5, 10 ** -2, 4 ** 0.5, (-8) ** 2, -8 ** 2, 2 ** 3 ** 2, 1e3 == 1000, 0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(round(1.005, 2), round(2.5), round(3.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(123.456, -1), round(1.23456789e-5, 8), round(float('inf')) if False else '')
print(float.is_integer(3.0), (3.5).as_integer_ratio(), (0.1).hex(), float.fromhex('-0x1.999999999999ap-4'), (1e100).hex(), 7.0 .__round__(), float('0x1p-2') if False else '', 1.5.__trunc__())
try: round(float('inf'))
except OverflowError as e: print(e)
try: int(float('nan'))
except ValueError as e: print(e)
try: math.factorial(-1)
except ValueError as e: print(e)
try: 10.0 ** 400
except OverflowError as e: print(e)
try: math.exp(1000)
except OverflowError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
except Exception as e: print(type(e).__name__)
print(float('  -12.5e-1 '), float('1_0.5'), float('infinity'), float('-NaN'), float('1e-400'), float(' .5'), float('5.'), 1_000.000_1)
print(hash(1.0) == hash(1), hash(-1), hash(0.5) == hash(0.5), 1.0 in {1}, {1.0: 'a'}[1], 2 ** 63 == 2.0 ** 63, 2 ** 64 + 1 > 2.0 ** 64)
print(sum(i * 0.1 for i in range(100)), 100 * 1.1, 0.1 ** 10, 1 / 3 * 3, 2 / 3, 1e16 + 1, 9007199254740993, float(9007199254740993))
print(divmod(-7.5, 2), divmod(7, -2.5), 5.5 % -2, -5.5 // 2, 1e308 * 10, -1e308 * 10, 3.0 // 0.1, 3.0 % 0.1)
