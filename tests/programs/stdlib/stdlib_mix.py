# Many stdlib modules together, as an application uses them.
from collections import defaultdict, Counter, namedtuple, OrderedDict, deque
from dataclasses import dataclass, field
from functools import lru_cache, reduce, partial, wraps
import itertools, json, math, string, heapq, bisect, random, enum, abc, contextlib, typing, io, struct

Point = namedtuple("Point", "x y")
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list)

class Color(enum.Enum):
    RED = 1
    GREEN = 2

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k) * 2
    return inner

@deco
def sq(x):
    "square"
    return x * x

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)

items = [Item(3, "c"), Item(1, "a", ["x"]), Item(2, "b")]
print(sorted(items)[0], max(items).name)
print(Point(1, 2)._replace(x=5), Point._fields, Point(3, 4)._asdict())
print(Color.RED, Color(2), list(Color), Color["GREEN"].value, repr(Color.RED))
print(sq(7), sq.__name__, sq.__doc__, fib(80))
c = Counter("abracadabra")
print(c.most_common(3), sorted(c.elements())[:5])
d = defaultdict(list)
for w in "the quick brown fox jumps over the lazy dog".split():
    d[len(w)].append(w)
print(dict(sorted(d.items())))
print(json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é"}}, sort_keys=True, indent=2))
print(json.loads('{"k": [1, 2, {"z": null}], "f": 1e10, "s": "\\u00e9"}'))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print([list(g) for k, g in itertools.groupby("aaabbc")], list(itertools.product([1, 2], repeat=2)))
h = [5, 1, 8, 3]; heapq.heapify(h); print([heapq.heappop(h) for _ in range(len(h))])
a = [1, 3, 5, 7]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 5))
print(struct.pack("<hI", -2, 7), struct.unpack(">Q", b"\x00" * 7 + b"\x01"), struct.calcsize("@bq"))
with contextlib.suppress(KeyError):
    {}["x"]
buf = io.StringIO(); print("to buf", file=buf); print(repr(buf.getvalue()))
print(f"{math.pi:10.4f}|{12345678:,}|{0.000123:.2e}|{255:#x}|{'hi':*^8}|{3.0!r}")
print(reduce(lambda a, b: a + b, range(10)), partial(int, base=2)("1011"))
print(string.ascii_letters[:5], "%-5s|%05.1f|%x" % ("ab", 3.14159, 255))
class Base(abc.ABC):
    @abc.abstractmethod
    def go(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError", e)
print(typing.List[int], isinstance([], typing.List) if hasattr(typing, "List") else None)
