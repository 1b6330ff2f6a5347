# dataclass ClassVar, namedtuple read-only fields, lru_cache with unhashable args, nested exception names.
from dataclasses import dataclass
from typing import ClassVar
from collections import namedtuple
from functools import lru_cache
import json
@dataclass
class A:
    name: str
    count: ClassVar[int] = 0
@dataclass
class B(A):
    extra: str = "e"
print(B("z", "E"))
try:
    print(A("z", 5))
except TypeError as e:
    print("TypeError", e)
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
for f in [lambda: setattr(p, "x", 5), lambda: delattr(p, "x")]:
    try: f()
    except AttributeError as e: print(e)
print(Pt.x.__doc__, p.x, p.y)
@lru_cache(maxsize=2)
def g(x): print("called", x); return 1
try:
    print(g([1]))
except TypeError as e:
    print("TypeError", e)
print(json.JSONDecodeError.__module__)
class Outer:
    class Inner(Exception): pass
raise Outer.Inner("nested")
