# SPDX-License-Identifier: MIT
# typing at run time: Generic classes, TypeVar, Protocol, TypedDict, Literal, Callable, cast, Final, ClassVar.
from typing import TypeVar, Generic, Protocol, Optional, Union, List, Dict, Tuple, Callable, Iterator, Any, cast, overload, TypedDict, Literal, Sequence, Iterable, NamedTuple, runtime_checkable, Final, ClassVar, get_type_hints
T = TypeVar('T')
K = TypeVar('K')
class Stack(Generic[T]):
    def __init__(self) -> None: self._items: List[T] = []
    def push(self, item: T) -> None: self._items.append(item)
    def pop(self) -> T: return self._items.pop()
    def __len__(self) -> int: return len(self._items)
    def __iter__(self) -> Iterator[T]: return reversed(self._items)
s: Stack[int] = Stack[int](); s.push(1); s.push(2); print(s.pop(), len(s), list(s), Stack.__name__)
@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str: return 'hello'
class Mute: pass
print(En().greet())
def first(xs: Sequence[T]) -> Optional[T]: return xs[0] if xs else None
print(first([3, 4]), first(''), cast(int, '5'), cast('List[int]', [1]))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'x', 'year': 1999}; print(m, type(m).__name__)
Mode = Literal['r', 'w']
def open_mode(m: Mode) -> str: return m
print(open_mode('r'))
Handler = Callable[[int, str], bool]
def run(h: Handler) -> bool: return h(1, 'a')
print(run(lambda i, s: i > 0 and bool(s)))
def total(xs: Iterable[Union[int, float]]) -> float: return float(sum(xs))
print(total([1, 2.5]), Optional[int] == Union[int, None], List[int] == List[int])
MAX: Final = 10
class Cfg:
    limit: ClassVar[int] = 3
    name: str
    def __init__(self, name: str) -> None: self.name = name
print(Cfg.limit, Cfg('a').name, Cfg.__annotations__ if False else sorted(Cfg.__annotations__))
def apply(f: Callable[..., T], *a: Any) -> T: return f(*a)
print(apply(max, 3, 9), apply(str.upper, 'q'))
class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T): self.k, self.v = k, v
    def swap(self) -> 'Pair[T, K]': return Pair(self.v, self.k)
    def __repr__(self) -> str: return f'Pair({self.k!r}, {self.v!r})'
print(Pair('a', 1).swap(), Pair[str, int]('z', 2))
x: int = 5
y: 'Dict[str, Tuple[int, ...]]' = {'a': (1, 2)}
print(x, y, __annotations__['x'] is int if '__annotations__' in dir() else 'n/a')
