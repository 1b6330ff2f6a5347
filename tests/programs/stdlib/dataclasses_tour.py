# dataclasses: defaults, field(default_factory), order, frozen, asdict, replace, post_init.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, qty):
        return self.price * qty
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a.total(4), asdict(a), astuple(a))
a.tags.append("office")
print(a.tags, b.tags, replace(a, price=2.0))
print([f.name for f in fields(Item)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) == Version(1, 0), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(3, 4), Rect(3, 4).area)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list, repr=False)
print(Node(1, [Node(2)]), asdict(Node(1, [Node(2)])))
