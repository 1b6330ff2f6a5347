# SPDX-License-Identifier: MIT
# abc (abstract methods/properties/classmethods, __subclasshook__, register), __format__ defaults, typing NamedTuple/TypedDict/Generic.
from abc import ABC, abstractmethod, ABCMeta
import typing
from typing import NamedTuple, TypedDict, Optional, Generic, TypeVar, Iterator, Callable, Any
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    @property
    @abstractmethod
    def name(self) -> str: ...
    def describe(self): return f"{self.name} with area {self.area():.2f}"
    @classmethod
    @abstractmethod
    def unit(cls): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
    @classmethod
    def unit(cls): return cls(1)
try:
    Shape()
except TypeError as e:
    print("TE", e)
class Partial(Shape):
    def area(self): return 0
try:
    Partial()
except TypeError as e:
    print("TE", e)
print(Sq(3).describe(), Sq.unit().area(), isinstance(Sq(1), Shape), issubclass(Sq, ABC), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__ == frozenset())
class Duck(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck: return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Mallard:
    def quack(self): return "Quack"
print(isinstance(Mallard(), Duck), issubclass(int, Duck))
class Sized2(ABC): pass
Sized2.register(list); print(isinstance([], Sized2), issubclass(tuple, Sized2), issubclass(list, Sized2))
print(format(object(), "") != "", end=" ")
class Plain: 
    def __str__(self): return "plain"
print(format(Plain(), ""), f"{Plain()}", f"{Plain()!s:>7}")
try:
    format(Plain(), "x")
except TypeError as e:
    print("TE", e)
try:
    f"{Plain():>7}"
except TypeError as e:
    print("TE", e)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0
    def raise_(self, pct): return self._replace(salary=int(self.salary * (1 + pct / 100)))
e = Emp("ann", salary=100); print(e, e.raise_(10), Emp._fields, Emp._field_defaults, e._asdict(), Emp.__annotations__ if False else "", isinstance(e, tuple))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "X"}; m2 = Movie(title="Y", year=1); print(m, m2, type(m2).__name__)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
    def __iter__(self) -> Iterator[T]: return reversed(self.items)
s: Stack[int] = Stack[int](); s.push(1); s.push(2); print(list(s), s.pop(), Stack.__name__)
def apply(f: Callable[[int], int], x: Optional[int] = None) -> Any: return f(x or 0)
print(apply(lambda v: v + 1), apply(lambda v: v * 2, 5), typing.cast(int, "x"), typing.TYPE_CHECKING, apply.__annotations__["x"] == Optional[int])
