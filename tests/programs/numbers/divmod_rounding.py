# Floor division and modulo sign rules for ints and floats, divmod identity.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (1, 1), (10 ** 20 + 3, 7), (-(10 ** 20), 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a, a // b, a % b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (0.3, 0.1), (1e10, 3.3)]
for a, b in fpairs:
    print(a, b, divmod(a, b), a // b, a % b)
print(round(0.1 + 0.2, 10), round(1e15 + 0.3, 1), round(-1.5), round(-0.4), round(7, 1), round(7.0, 1))
print(round(12345, -3), round(15, -1), round(25, -1), round(-25, -1), round(5.5), round(6.5))
for x in [0.5, 1.5, 2.5, -0.5, 0.15, 0.25, 0.35]:
    print(x, round(x), round(x, 1))
