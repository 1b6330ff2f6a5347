# SPDX-License-Identifier: MIT
# Heavier loops: bytearray sieve, large dicts, string building, collatz search, list-based matrix multiply.
def sieve(n):
    is_p = bytearray([1]) * (n + 1); is_p[0] = is_p[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytearray(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
ps = sieve(500_000); print(len(ps), ps[-3:], sum(ps) % 1000007)
d = {}
for i in range(300000): d[i * 7 % 100003] = d.get(i * 7 % 100003, 0) + i
print(len(d), sum(d.values()) % 99991)
s = ''.join(chr(97 + (i * 31) % 26) for i in range(200000)); print(s.count('abc'), len(s.split('a')), hash(tuple(range(100))) == hash(tuple(range(100))))
words = sorted(s[i:i+5] for i in range(0, 100000, 7)); print(words[:3], words[-1])
def collatz(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1; c += 1
    return c
print(max(range(1, 50000), key=collatz))
m = [[(i * j) % 7 for j in range(120)] for i in range(120)]
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(r, c)) for c in bt] for r in a]
r = matmul(m, m); print(sum(map(sum, r)))
