# SPDX-License-Identifier: MIT
# dataclasses (order, frozen, InitVar, ClassVar, default_factory, inheritance) and enums (aliases, IntEnum, auto, unique, properties).
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError, is_dataclass
from enum import Enum, IntEnum, auto, unique, Flag
from typing import Optional, List, ClassVar
@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.sort_index = self.price * self.qty
        Item.count += 1
items = [Item("b", 2.0, 3), Item("a", 5.0), Item("c", 1.0, 10, ["x"])]
print(sorted(items), [i.name for i in sorted(items, reverse=True)], Item.count)
print(asdict(items[2]), astuple(items[0]), replace(items[0], qty=1), [f.name for f in fields(Item)], is_dataclass(Item), is_dataclass(items[0]), is_dataclass(int))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
    def dist(self): return abs(self.x) + abs(self.y)
p = Pt(3, -4); print(p, p.dist(), hash(p) == hash(Pt(3, -4)), {p: 1}[Pt(3, -4)], p == Pt(3, -4), p < Pt(4) if False else "")
try:
    p.x = 1
except FrozenInstanceError as e:
    print("FIE", e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(default=0)
    def __post_init__(self, scale): self.b = self.a * scale
print(WithInit(3), WithInit(3, 5), WithInit(a=1, b=9))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False, compare=False)
root = Node(1); root.children.append(Node(2, parent=root)); print(root, asdict(root) == {"val": 1, "children": [{"val": 2, "children": [], "parent": None}], "parent": None} if False else root.children[0].parent.val)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Inh(Pt.__class__ if False else Item):
    extra: str = "e"
print(Inh("z", 1.0, 2, [], extra="E"), fields(Inh)[-1].name)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TE", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("VE", e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name.lower()}={self.value}"
    @classmethod
    def parse(cls, s): return cls[s.upper()]
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), Color(2), Color["BLUE"], Color.parse("green").describe(), len(Color), Color.__members__.keys() if False else list(Color.__members__))
print(Color.RED == 1, Color.RED.value == 1, Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, repr(Color.BLUE), hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("VE", e)
try:
    Color["nope"]
except KeyError as e:
    print("KE", e)
class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Pri.MID, Pri.HIGH > Pri.LOW, Pri.LOW + 1, sorted([Pri.HIGH, Pri.LOW]), int(Pri.MID), f"{Pri.MID}", f"{Pri.MID:>4}", Pri(3).name, [p.value for p in Pri], Pri.MID == 2, str(Pri.LOW), format(Pri.LOW, "d"))
class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    @property
    def label(self): return self.value.upper()
print(Shape("ci").label, Shape.SQUARE.name, [s.label for s in Shape], Shape.SQUARE != Shape.CIRCLE, str(Shape.CIRCLE), f"{Shape.CIRCLE}", f"{Shape.CIRCLE!r}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("VE", e)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
    Y = auto()
print(Auto.X.value, list(Auto))
