# Reflected operator order: subclass's reflected method runs first.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Num.__add__({self.v},{o})"
    def __radd__(self, o):
        return f"Num.__radd__({self.v},{o})"
    def __repr__(self):
        return f"Num({self.v})"
class SubNum(Num):
    def __radd__(self, o):
        return f"SubNum.__radd__({self.v},{o})"
print(Num(1) + 2)
print(2 + Num(1))
print(Num(1) + SubNum(2))
class Only:
    def __rsub__(self, o):
        return f"rsub({o})"
    def __rtruediv__(self, o):
        return o / 2
    def __rfloordiv__(self, o):
        return o // 3
    def __rmod__(self, o):
        return o % 4
print(10 - Only(), 10 / Only(), 10 // Only(), 10 % Only())
class Cmp:
    def __lt__(self, o):
        return "lt called"
    def __gt__(self, o):
        return "gt called"
print(Cmp() < 1, 1 < Cmp(), 1 > Cmp())
