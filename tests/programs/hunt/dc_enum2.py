# SPDX-License-Identifier: MIT
# dataclasses kw_only/KW_ONLY/InitVar/ClassVar/unsafe_hash/inheritance/make_dataclass; Enum _missing_, aliases, functional API.
from dataclasses import dataclass, field, InitVar, KW_ONLY, is_dataclass, make_dataclass
from typing import ClassVar
from enum import Enum, IntFlag, unique, auto, Flag
@dataclass(kw_only=True)
class Cfg:
    host: str = 'localhost'
    port: int = 80
print(Cfg(port=8080))
try: Cfg('h')
except TypeError as e: print('TypeError', e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=9))
@dataclass
class Slotted:
    x: int
    y: int = 5
s = Slotted(1); print(s)
@dataclass
class WithInit:
    base: int
    scale: InitVar[int] = 1
    derived: int = field(init=False)
    count: ClassVar[int] = 0
    def __post_init__(self, scale):
        self.derived = self.base * scale
        WithInit.count += 1
print(WithInit(3, 4), WithInit(2), WithInit.count, is_dataclass(WithInit), is_dataclass(3))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, compare=False, default=None)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [3]))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass
class Parent:
    x: int
    y: int = 0
@dataclass
class Child(Parent):
    z: int = 9
    x: int = 100
print(Child(), Child(1, 2, 3), Parent.__match_args__ if hasattr(Parent, '__match_args__') else '')
Dyn = make_dataclass('Dyn', ['p', ('q', int, field(default=4))]); print(Dyn(1))
@dataclass(repr=False)
class NoRepr:
    v: int
    def __repr__(self): return 'custom'
print(NoRepr(2), [NoRepr(1)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print('TypeError', e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e: print('ValueError', e)
@unique
class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @property
    def is_error(self): return self.value >= 400
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
print(Status.OK.is_error, Status.NOT_FOUND.is_error, Status('ok'), Status(404))
try: Status(500)
except ValueError as e: print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Alias(Enum):
    A = 1
    B = 1
    C = 2
print(list(Alias), Alias.B, Alias.B is Alias.A, Alias(1), list(Alias.__members__))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto(); Y = auto()
print(Auto.X.value, Auto.Y)
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value, Animal['CAT'])
Sizes = Enum('Sizes', [('S', 1), ('M', 5)]); print(Sizes.M, Sizes(1))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, f'{Planet.EARTH.gravity:.2f}', Planet.MERCURY.mass)
print(Status.OK.name, Status.OK.value, Status['OK'], Status.OK == Status.OK, Status.OK != 200, sorted([Status.NOT_FOUND, Status.OK], key=lambda s: s.value), {Status.OK: 1}[Status.OK])
print(hash(Status.OK) == hash(Status.OK), type(Status.OK), Status.__name__, isinstance(Status, type), Status.OK in Status if True else '', [m.value for m in Status])
