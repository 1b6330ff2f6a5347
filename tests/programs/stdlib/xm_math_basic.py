# math: constants, float functions, rounding to ints, decomposition.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in (0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456):
    print(
        x,
        math.sqrt(x),
        math.exp(x),
        math.expm1(x),
        math.log1p(x),
        math.cbrt(x),
        math.exp2(x),
    )
for x in (-2.0, -0.5, 0.0, 0.3, 1.0, 3.0):
    print(
        x,
        math.sin(x),
        math.cos(x),
        math.tan(x),
        math.atan(x),
        math.sinh(x),
        math.cosh(x),
        math.tanh(x),
        math.asinh(x),
    )
for x in (-1.0, -0.5, 0.0, 0.5, 1.0):
    print(x, math.asin(x), math.acos(x))
for x in (-0.9, 0.0, 0.5):
    print(x, math.atanh(x))
for x in (1.0, 2.0, 10.0):
    print(x, math.acosh(x))
for x in (1, 2, 10, 0.1, 1e300, 7):
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 3), math.log(x, 0.5))
print(
    math.atan2(1, 1),
    math.atan2(-1, -1),
    math.atan2(0.0, -0.0),
    math.atan2(math.inf, -math.inf),
)
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-3), math.fabs(-0.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(3, math.inf))
print(
    math.remainder(7, 3),
    math.remainder(-7, 2),
    math.remainder(5, 2),
    math.remainder(3, math.inf),
)
print(
    math.pow(2, 10),
    math.pow(2, -1),
    math.pow(-8, 3),
    math.pow(0, 0),
    math.pow(math.nan, 0),
)
print(
    math.pow(1, math.nan),
    math.pow(math.inf, -1),
    math.pow(-math.inf, 3),
    math.pow(0.5, -math.inf),
)
print(
    math.pow(-math.inf, 2),
    math.pow(2, math.inf),
    math.pow(0.5, math.inf),
    math.pow(-1, math.inf),
)
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
for x in (2.5, -2.5, 3.0, -0.1, 1e20, 7, True):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(
    math.frexp(8.0),
    math.frexp(-0.3),
    math.frexp(0.0),
    math.frexp(math.inf),
    math.frexp(5),
)
print(
    math.ldexp(0.5, 4),
    math.ldexp(-3, -2),
    math.ldexp(1.0, -1074),
    math.ldexp(1.0, -1080),
    math.ldexp(0.0, 10**30),
)
print(
    math.modf(3.25),
    math.modf(-3.25),
    math.modf(math.inf),
    math.modf(-math.inf),
    math.modf(4),
)
print(
    math.isfinite(1e308),
    math.isinf(-math.inf),
    math.isnan(math.nan),
    math.isfinite(math.nan),
    math.isinf(10**300),
)
print(
    math.isclose(1.0, 1.0 + 1e-10),
    math.isclose(1.0, 1.1),
    math.isclose(1.0, 1.1, rel_tol=0.2),
)
print(
    math.isclose(0.0, 1e-12),
    math.isclose(0.0, 1e-12, abs_tol=1e-9),
    math.isclose(math.inf, math.inf),
    math.isclose(math.inf, 1e308),
)
print(math.isclose(a=1, b=1.0000000001), math.isclose(math.nan, math.nan))
print(
    math.hypot(),
    math.hypot(3),
    math.hypot(3, 4),
    math.hypot(1, 2, 3),
    math.hypot(-5, 12),
    math.hypot(1e200, 1e200),
)
print(
    math.hypot(1e-310, 1e-310),
    math.hypot(math.inf, math.nan),
    math.hypot(math.nan, 1),
    math.hypot(0.1, 0.2, 0.3, 0.4),
)
print(
    math.dist((0, 0), (3, 4)),
    math.dist([1, 2, 3], [4, 6, 8]),
    math.dist((1.5,), (-2.5,)),
)
print(
    math.fsum([0.1] * 10),
    sum([0.1] * 10),
    math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
)
print(
    math.fsum([]),
    math.fsum([1, 2, 3]),
    math.fsum(x / 7 for x in range(100)),
    math.fsum([1e308, -1e308, 1e308]),
)
print(
    math.fsum([math.inf, 1]),
    math.fsum([math.nan, 1]),
    math.fsum([2.0**53, 1.0, 2.0**-53]),
    math.fsum([1.0, 1e-16, 1e-16]),
)
print(
    math.prod([1, 2, 3, 4]),
    math.prod([]),
    math.prod([2.5, 4]),
    math.prod([2, 3], start=10),
    math.prod(range(1, 30)),
)
print(math.erf(0.5), math.erfc(0.5), math.erf(0), math.erfc(30), math.erf(-math.inf))
print(
    math.gamma(1),
    math.gamma(5),
    math.gamma(23),
    round(math.gamma(30.0) / math.factorial(29), 12),
    round(math.gamma(0.5), 12),
    round(math.gamma(-1.5), 12),
)
print(
    math.lgamma(1),
    math.lgamma(2),
    round(math.lgamma(10), 10),
    round(math.lgamma(0.5), 12),
    math.lgamma(math.inf),
    math.lgamma(-math.inf),
)
print(
    math.nextafter(1.0, 2.0),
    math.nextafter(1.0, 0.0),
    math.nextafter(0.0, -1.0),
    math.nextafter(3, 3),
)
print(
    math.ulp(1.0),
    math.ulp(-1e300),
    math.ulp(0.0),
    math.ulp(math.inf),
    math.ulp(1.7976931348623157e308),
    math.ulp(math.nan),
)


class Twoish:
    def __float__(self):
        return 2.0

    def __ceil__(self):
        return "ceil!"

    def __floor__(self):
        return "floor!"

    def __trunc__(self):
        return "trunc!"


class Idx:
    def __index__(self):
        return 9


print(
    math.sqrt(Twoish()),
    math.ceil(Twoish()),
    math.floor(Twoish()),
    math.trunc(Twoish()),
    math.sqrt(Idx()),
)
print(math.gcd(Idx(), 6), math.factorial(Idx()), math.isqrt(Idx()))
