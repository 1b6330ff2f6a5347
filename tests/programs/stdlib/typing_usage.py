# typing: annotations with generics, NamedTuple, TypedDict, Optional, cast, TYPE_CHECKING.
from typing import Any, Callable, Dict, List, NamedTuple, Optional, Tuple, TypedDict, Union, cast, TYPE_CHECKING
class Pair(NamedTuple):
    left: int
    right: str = "r"
p = Pair(1)
print(p, p.left, p._replace(right="x"), Pair._fields, p == (1, "r"))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__)
def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]
print(apply(lambda x: x * 2, [1, 2]))
def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)
print(find({"a": 1}, "a"), find({}, "z"))
def first(t: Tuple[Union[int, str], ...]) -> Any:
    return t[0]
print(first(("s", 1)), cast(int, "not checked"), TYPE_CHECKING)
print(apply.__annotations__["xs"] == List[int], find.__annotations__["return"] == Optional[int])
x: list[int] = [1, 2]
y: dict[str, tuple[int, ...]] = {"k": (1,)}
print(x, y)
