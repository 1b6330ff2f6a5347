# SPDX-License-Identifier: MIT
# dataclasses (order, frozen, post_init), Enum/IntEnum/Flag basics, namedtuple, typing.NamedTuple and collections types.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap
from typing import NamedTuple, Optional, List
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
    def total(self): return self.priority * 2
items = [Item(3, 'c'), Item(1, 'a', ['x']), Item(2, 'b')]
print(sorted(items)); print(items[1], asdict(items[1]), astuple(items[0]))
print(replace(items[0], name='z'), [f.name for f in fields(Item)], Item(1, 'q') == Item(1, 'r'))
@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
p = Point(1.5)
try: p.x = 3
except FrozenInstanceError as e: print('frozen', type(e).__mro__[1].__name__)
print(p, hash(p) == hash(Point(1.5, 0.0)), {p: 1}[Point(1.5)])
@dataclass
class Node:
    val: int
    children: List['Node'] = field(default_factory=list)
    parent: Optional['Node'] = field(default=None, repr=False, compare=False)
    def __post_init__(self):
        self.val = abs(self.val)
n = Node(-5, [Node(1), Node(2)]); print(n)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return f"{self.name.lower()}={self.value}"
    @classmethod
    def parse(cls, s): return cls[s.upper()]
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.describe(), Color.parse('blue'), list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), [c.name for c in Color], Color.__members__.keys() if False else '')
try: Color(9)
except ValueError as e: print(e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 10
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, sorted([Pri.HIGH, Pri.LOW]), Pri(10), int(Pri.LOW), f"{Pri.LOW}", str(Pri.HIGH), format(Pri.HIGH, 'd'))
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(Perm.R), Perm.R.value, Perm.X.value, bool(Perm.R & Perm.X))
class Shape(Enum):
    CIRCLE = auto(); SQUARE = auto()
print(Shape.CIRCLE.value, Shape.SQUARE.value, f"{Shape.CIRCLE}", f"{Color.RED!r}")
class St(str, Enum):
    A = 'a'; B = 'b'
print(St.A == 'a', St('b').value, St.A.value, St.A.upper() if hasattr(St.A, 'upper') else '')
Pt = namedtuple('Pt', 'x y z', defaults=[0])
q = Pt(1, 2); print(q, q._asdict(), q._replace(x=9), q._fields, Pt._make([4, 5, 6]), q.x + q[1], tuple(q))
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: int = 100
    def raise_(self, n): return self._replace(salary=self.salary + n)
e = Emp('ann'); print(e, e.raise_(5), e._fields, Emp._field_defaults)
c = Counter('abracadabra'); print(c.most_common(3), c['z'], sorted(c.elements())[:5], c + Counter('aab'), c - Counter('aaaaaaaaz'))
c2 = Counter({'a': 3, 'b': -1}); c2.update(['b', 'b']); print(c2, +c2, -c2, c2.total() if hasattr(c2, 'total') else 0)
dd = defaultdict(list)
for w in "the quick brown the lazy the end".split(): dd[len(w)].append(w)
print(dict(dd), dd[99], repr(defaultdict(int, a=1)))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
dq = deque(range(5), maxlen=5); dq.append(5); dq.appendleft(-1); dq.rotate(2); print(dq, dq[0], dq[-1], dq.count(2), list(reversed(dq)))
dq2 = deque([1, 2, 3]); dq2.extendleft([7, 8]); print(dq2, dq2.popleft(), dq2.pop(), dq2.index(1), 2 in dq2, repr(deque()))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm.items()), cm.new_child({'c': 4})['c'])
