# Flag and IntFlag: aliases, boundaries, auto() values used in the class body.
from enum import IntFlag, Flag, auto
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | 8, Perm(8), Perm(15), Perm.R | Perm.W, repr(Perm.R | Perm.W), list(Perm))
class Col(Flag):
    RED = 1; GREEN = 2; BLUE = 4; WHITE = 7
try:
    Col(8)
except ValueError as e:
    print(e)
print(len(Col), list(Col), Col.WHITE, Col(7), Col.RED | Col.GREEN, ~Col.RED, list(Col.WHITE))
class C2(Flag):
    NONE = 0
    A = auto(); B = auto()
print(list(C2), C2.NONE, C2(0), C2.A | C2.B, bool(C2.NONE))
class Col3(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto(); WHITE = RED | GREEN | BLUE
print(Col3.WHITE, Col3.WHITE.value, list(Col3))
from enum import Enum
class E(Enum):
    A = auto(); B = auto(); C = 10; D = auto()
print(list(E), E.D.value)
