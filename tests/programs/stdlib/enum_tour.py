# enum: Enum, IntEnum, Flag, auto, iteration, lookup by value and name.
from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
class Prio(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Prio.HIGH > Prio.LOW, Prio.MID + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.MID))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.X & rw), (rw & ~Perm.W) == Perm.R)
class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
print([s.describe() for s in Shape], Shape("ci"))
@unique
class Ok(Enum):
    A = 1
    B = 2
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print({c: c.value for c in Color}[Color.BLUE], Color.__members__.keys() == {"RED", "GREEN", "BLUE"})
