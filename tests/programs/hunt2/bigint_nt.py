# SPDX-License-Identifier: MIT
# Big integers in number theory: extended gcd, Miller-Rabin, toy RSA with pow(e, -1, phi), factorials, Fibonacci, int/float boundaries.
def egcd(a, b):
    if b == 0: return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def is_prime(n):
    if n < 2: return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else: return False
    return True
print(egcd(240, 46), egcd(2**100 + 1, 3**60), [p for p in range(100) if is_prime(p)][-5:], is_prime(2**89 - 1), is_prime(2**89 + 1), is_prime(10**30 + 57))
p, q = 2**61 - 1, 2**89 - 1
n, phi = p * q, (p - 1) * (q - 1)
e = 65537; d = pow(e, -1, phi)
msg = int.from_bytes(b"hello xenlet", "big")
c = pow(msg, e, n); print(c, pow(c, d, n).to_bytes(12, "big"))
f = 1
for i in range(1, 60): f *= i
print(f, len(str(f)), f % (10**9 + 7), f // 10**70, -f // 10**70, str(f)[:10], hex(f)[:12], f.bit_length(), f >> 200, (-f) >> 200, -f % 97)
print(int("9" * 100) + 1 == 10**100, (10**50 + 1) * (10**50 - 1) == 10**100 - 1, 2**1000 % 1000, (2**64) ** 3 == 2**192, divmod(10**40, -7**20), 7**20 * (10**40 // 7**20) + 10**40 % 7**20 == 10**40)
print(float(2**1023), 2**1024 // 3 > 0, int(1e300) == 10**300, int(1e22), int(-1e22), int(2.5e-3), round(10**30 / 3), (10**30) / (10**15), 10**30 // 10**15, 1 / 10**400 if False else 0)
try:
    float(2**1024)
except OverflowError as e:
    print("OE", e)
try:
    2**1024 / 1.0 
except OverflowError as e:
    print("OE", e)
try:
    2**2000 / 2**1000
    print(2**2000 / 2**1000 == 2.0**1000, 2**2000 // 2**1999, (2**2000 + 1) / 2**1990)
except OverflowError as e:
    print("OE", e)
fibs = [0, 1]
for _ in range(300): fibs.append(fibs[-1] + fibs[-2])
print(fibs[300], sum(fibs) % 10**12, max(fibs).bit_length(), str(fibs[300])[::-1][:20], format(fibs[200], ","), f"{fibs[150]:_x}", f"{fibs[100]:e}", f"{fibs[100]:.30g}")
def isqrt_newton(n):
    x = n; y = (x + 1) // 2
    while y < x: x, y = y, (y + n // y) // 2
    return x
import math
print(isqrt_newton(10**101), math.isqrt(10**101), math.isqrt(2**200) == 2**100, math.comb(200, 100), math.factorial(30) // math.factorial(28), math.gcd(2**100, 6**50), math.lcm(2**40, 3**30, 10))
print(abs(-10**50), -10**50 < -10**49, sorted([10**20, -10**20, 5, 2**64]), 10**20 in range(10**21), range(0, 10**30, 10**10)[5], len(range(0, 10**18, 3)), (10**20).__hash__() == hash(10**20), hash(2**61 - 1), hash(-(2**61 - 1)), hash(2**64), hash(-2**64))
print(int.from_bytes(bytes(range(1, 20)), "little"), (2**100).to_bytes(13, "little"), (-(2**70)).to_bytes(10, "big", signed=True).hex(), int("1" * 50, 2), int("z" * 20, 36), oct(3**40), bin(-2**40))
print(bool(10**100), 10**100 and 5, not -10**100, 10**100 == 10.0**100, 10**23 == 1e23, 10**22 == 1e22, 2**53 + 1 > 2.0**53, (2**53 + 1) == float(2**53 + 1), 0.5 == 1 / 2, 3 * 10**-1)
