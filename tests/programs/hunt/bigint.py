# SPDX-License-Identifier: MIT
# Big integers: factorial, floor division and modulo signs, bit operations, pow with modulus, to/from bytes, formatting.
def fact(n):
    r = 1
    for i in range(2, n+1):
        r *= i
    return r
f = fact(60)
print(f, len(str(f)), f.bit_length())
print(f // 7**20, f % 7**20, -f // 13, -f % 13, divmod(-f, 10**30))
print(hex(f), oct(f)[:30], bin(f)[-20:])
print(2**200 - 1 == (1 << 200) - 1, (2**200) >> 150, -(2**100) >> 3, ~(2**70), (2**70) & (2**69 + 5), (2**70) | 3, (2**70) ^ (2**70 - 1))
print(pow(7, 2**64 + 1, 10**9 + 7), pow(123456789, 987654321, 2**61 - 1))
print(int.from_bytes(b'\x01\x02\x03' * 5, 'big'), (2**100).to_bytes(16, 'little'), (-5).to_bytes(2, 'big', signed=True))
print(str(10**50 + 1), int('9' * 40) + 1, abs(-10**30), (10**30) * (-10**30))
print(10**40 / 10**20, 2**1000 / 2**999, float(2**80), int(1e20), int(-1.5e25))
import math
print(math.gcd(2**100, 6**50), math.isqrt(10**41), math.comb(100, 50), math.perm(20, 10), math.factorial(30))
print(sum(range(10**6)), (10**20) // 3, -(10**20) // 3, (10**20) % -3)
print(hash(2**100) == hash(2**100), 2**64 == 18446744073709551616, 2**63 - 1, -2**63, -2**63 - 1)
fib = [0, 1]
for _ in range(200): fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[150] * fib[151] - fib[152] * fib[149])
print(f"{2**100:,}", f"{2**70:x}", f"{-2**70:#b}"[:20], f"{10**25:e}", f"{10**25:30d}|")
print((3**100).bit_count() if hasattr(int, 'bit_count') else 0, (255).bit_count(), int.bit_length(-2**65))
print(round(12345678901234567890, -5), round(-15, -1), round(5, -1), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 2**53+1 < float(2**53+2))
