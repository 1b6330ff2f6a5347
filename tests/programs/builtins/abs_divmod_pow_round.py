# abs, divmod, pow (3-arg), round with ndigits.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-10 ** 30), abs(True))
class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 8), pow(2, 8, 7), pow(5, -1, 11), pow(2.0, -1), pow(-1, 0.5) if False else "skip")
print(round(3.14159), round(3.14159, 2), round(-3.5), round(4.5), round(1234.5678, -2), round(15, -1))
print(round(0.5 + 1e-9), round(2 ** 60 + 0.5) == 2 ** 60, round(1e20), round(7, 0))
class R:
    def __round__(self, n=None):
        return f"round({n})"
print(round(R()), round(R(), 3))
