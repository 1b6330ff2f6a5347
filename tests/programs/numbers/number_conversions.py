# hex/oct/bin round-trips, number formatting and base conversion by hand.
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
for n in [0, 7, 255, -255, 10 ** 15, 2 ** 100]:
    for b in (2, 3, 8, 16, 36):
        assert int(to_base(n, b), b) == n
    print(n, to_base(n, 2)[:20], to_base(n, 7), to_base(n, 16), to_base(n, 36))
print(hex(255), hex(-255), oct(64), bin(-10), int(hex(2 ** 70), 16) == 2 ** 70)
print(format(255, "x"), format(255, "#010x"), format(-255, "#x"), f"{2 ** 70:_x}")
print(int("ZZ", 36), int("-1010", 2), int("  0b11  ", 0), int("Ff", 16))
