# Enums with a data-type mixin keep the enum repr/str/format (CPython 3.11).
from enum import Enum, IntEnum
class St(str, Enum):
    A = 'a'
print(St.A, str(St.A), f"{St.A}", format(St.A), repr(St.A))
class N(int, Enum):
    ONE = 1
print(N.ONE, str(N.ONE), f"{N.ONE}", repr(N.ONE))
class I(IntEnum):
    X = 3
print(I.X, str(I.X), f"{I.X}", repr(I.X), I.X + 1)
class F(float, Enum):
    PI = 3.5
print(F.PI, repr(F.PI), f"{F.PI}")
