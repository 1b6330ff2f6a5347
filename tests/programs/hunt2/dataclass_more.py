# SPDX-License-Identifier: MIT
# dataclasses: KW_ONLY and kw_only, cross-class equality, asdict/astuple through namedtuples, replace, frozen inheritance, post-init chains, make_dataclass.
from dataclasses import dataclass, field, KW_ONLY, asdict, astuple, replace, fields, make_dataclass
from collections import namedtuple
@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = field(default=1, kw_only=False)
print(A(1, y=2), A(1, 5), [f.name for f in fields(A)], A.__match_args__)
try:
    A(1, 2, 3)
except TypeError as e:
    print("TE", e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=0, a=5))
try:
    K(1)
except TypeError as e:
    print("TE", e)
@dataclass
class Self:
    name: str
    kids: list = field(default_factory=list)
s = Self("root"); s.kids.append(Self("kid")); print(repr(s))
@dataclass
class P1:
    x: int
@dataclass
class P2:
    x: int
print(P1(1) == P2(1), P1(1) == P1(1), P1(1) != P1(2), P1(1).__eq__(P2(1)))
Pair = namedtuple("Pair", "a b")
@dataclass
class Holder:
    p: Pair
    d: dict
    l: list
h = Holder(Pair(1, [2]), {"k": Pair(3, 4)}, [P1(5), (P1(6),)])
print(asdict(h), astuple(h))
@dataclass
class WithNoInit:
    a: int
    b: int = field(init=False, default=7)
w = WithNoInit(1); print(w, replace(w, a=2))
try:
    replace(w, b=3)
except ValueError as e:
    print("VE", e)
@dataclass(frozen=True)
class FBase:
    a: int
@dataclass(frozen=True)
class FChild(FBase):
    b: int = 0
print(FChild(1, 2), hash(FChild(1, 2)) == hash(FChild(1, 2)), FChild(1) == FChild(1, 0))
try:
    @dataclass
    class Thaw(FBase):
        c: int = 0
except TypeError as e:
    print("TE", e)
@dataclass
class Base:
    a: int
    def __post_init__(self): print("base post", self.a)
@dataclass
class Child(Base):
    b: int = 0
    def __post_init__(self):
        super().__post_init__(); print("child post", self.b)
Child(1, 2)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, compare=False, default_factory=list)
print(hash(UH(1)) == hash(UH(1, [9])), UH(1) == UH(1, [2]))
@dataclass
class Defaults:
    a: int = 1
    b: str = "x"
    c: tuple = (1, 2)
print(Defaults(), Defaults.a, Defaults.c, Defaults(c=()).c)
@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
    def __repr__(self): return "custom"
print(NoRepr(1), NoRepr(1) == NoRepr(1))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
print(sorted([Ver(1, 2, "b"), Ver(1, 0, "z"), Ver(0, 9)]), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 99), max(Ver(1, 1, "x"), Ver(1, 1, "y")).label)
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TE", e)
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))], namespace={"total": lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).total(), C.__name__)
