# pow with 2 and 3 arguments, modular inverse, negative exponents.
print(pow(2, 10), pow(2.0, 3), pow(4, 0.5), pow(-2, 3), pow(2, -3), pow(0, 0))
print(pow(3, 4, 5), pow(123456789, 987654321, 1000000007), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(pow(2, 1000, 10 ** 12), pow(10 ** 20, 10 ** 5, 2 ** 61 - 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(2, 20) for e in range(0, 30, 7) for m in (7, 97, 1000)))
print((-8) ** 2, -8 ** 2, 2 ** 3 ** 2, (-1) ** 0.0)
