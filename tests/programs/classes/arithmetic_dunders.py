# Arithmetic, reflected and in-place operator methods.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(round(self.cents / k))
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return self
    def __abs__(self):
        return Money(abs(self.cents))
    def __iadd__(self, o):
        self.cents += o.cents
        return self
a, b = Money(1050), Money(275)
print(a + b, a - b, a * 3, 2 * b, a / 4, a // 3, a % 7)
print(sum([a, b, Money(5)]), 100 + a)
print(-b, +b, abs(Money(-99)))
alias = a
a += b
print(a, alias, a is alias)
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
