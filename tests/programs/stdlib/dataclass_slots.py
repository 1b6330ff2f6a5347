# dataclass(slots=True): the class gets __slots__ and no instance __dict__.
from dataclasses import dataclass, field
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5
s = Slotted(1)
print(s, hasattr(s, '__dict__'), Slotted.__slots__, s == Slotted(1, 5))
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError')
@dataclass(slots=True, frozen=True, order=True)
class F:
    a: int
    b: list = field(default_factory=list)
f = F(2)
print(f, f < F(3), F.__qualname__)
try:
    f.a = 5
except Exception as e:
    print(type(e).__name__)
