# math: integer functions, float decomposition, special values, nextafter/ulp.
import math
print(math.isqrt(0), math.isqrt(99), math.isqrt(2 ** 100), math.comb(50, 25), math.perm(10), math.factorial(25))
print(math.gcd(12, 18, 24), math.lcm(3, 4, 6), math.prod(range(1, 11)), math.prod([0.5, 4]))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.nextafter(0.0, -1.0))
print(math.frexp(0.0), math.frexp(-8.5), math.ldexp(0.5, 10), math.modf(-2.75))
print(math.fabs(-0.0), math.copysign(0.0, -1), math.isinf(-math.inf), math.isnan(math.nan))
print(math.ceil(-0.5), math.floor(-0.5), math.trunc(2.999), math.ceil(10 ** 20 + 0.5) == 10 ** 20)
print(math.sqrt(0.25), math.sqrt(1e-300), math.hypot(), math.hypot(-3), math.dist([1, 1, 1], [2, 2, 2]))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.log(1024, 2), math.log(100, 10), math.log2(8), math.log10(0.001), math.exp(0))
for bad in (lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.log(-1), lambda: math.acos(2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
