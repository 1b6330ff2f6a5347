# math: exact integer functions on small and big ints, logs of huge ints.
import math

TEN = 10  # a variable, so that log(v, 10) stays as written

print(
    math.gcd(),
    math.gcd(0),
    math.gcd(-12),
    math.gcd(12, 18),
    math.gcd(0, 0),
    math.gcd(-4, 6, 9),
    math.gcd(True, 4),
)
big = 2**200 * 3**50
print(
    math.gcd(big, 6**70),
    math.gcd(10**40 + 1, 10**20 - 1),
    math.gcd(2**64, 2**63 + 2**62),
)
print(
    math.lcm(),
    math.lcm(0),
    math.lcm(4, 6),
    math.lcm(-4, 6),
    math.lcm(3, 0, 5),
    math.lcm(2**70, 3**40),
)
for n in (0, 1, 2, 5, 10, 20, 21, 25, 50, 100):
    print(n, math.factorial(n))
print(
    len(str(math.factorial(1000))),
    math.factorial(1000) % (10**9 + 7),
    math.factorial(True),
)
print(
    math.comb(5, 2),
    math.comb(10, 0),
    math.comb(10, 10),
    math.comb(3, 5),
    math.comb(100, 50),
    math.comb(60, 30),
)
print(math.comb(10**20, 3), math.comb(200, 100) % 1000003, math.comb(2**64, 2))
print(
    math.perm(5),
    math.perm(5, 2),
    math.perm(5, 0),
    math.perm(3, 5),
    math.perm(20, 20),
    math.perm(10**15, 4),
    math.perm(6, None),
)
for n in (
    0,
    1,
    2,
    3,
    4,
    15,
    16,
    17,
    99,
    100,
    2**52 - 1,
    2**52,
    2**62,
    2**64 - 1,
    10**30,
    10**31,
    2**200 + 5,
):
    print(n, math.isqrt(n))
for k in (1, 2, 3, 10, 1000):
    n = 7**k
    r = math.isqrt(n)
    print(k, r * r <= n < (r + 1) * (r + 1))
for v in (
    10**308,
    10**309,
    10**400,
    2**1023,
    2**1024,
    2**5000 + 1,
    3**2000,
    10**400 - 1,
    10**1000,
):
    print(
        math.log(v), math.log2(v), math.log10(v), math.log(v, TEN), math.log(v, 2**3000)
    )
print(math.log(10**400, 10**200), math.log(7, 10**400))
print(
    math.prod(range(1, 21)) == math.factorial(20),
    math.prod([2**40] * 3),
    math.prod([1, 2.0, 3]),
)
print(
    math.sqrt(10**300),
    math.exp(10 // 3),
    math.floor(10**30),
    math.ceil(-(10**30)),
    math.trunc(2**70),
)
print(
    math.floor(1e30),
    math.ceil(-1e300) == -(10**300) or "different",
    math.trunc(-(2.0**70)),
)
