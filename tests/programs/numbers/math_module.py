# The math module: constants, roots, logs, trig, combinatorics.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 6), 12), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(48, 180), math.lcm(4, 6))
print(math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.lcm(), math.gcd(-12, 18))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.fabs(-2), math.fmod(-7, 3), -7 % 3)
print(math.pow(2, 10), math.copysign(3, -0.0), math.ldexp(1.5, 3), math.frexp(12.0), math.modf(3.25))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.dist((0, 0), (3, 4)))
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.erf(0), math.gamma(5), math.lgamma(1), math.expm1(0), math.remainder(10, 3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
