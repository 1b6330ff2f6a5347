# pprint: nested builtin containers, long strings and bytes, collections
# types, dataclasses, namespaces, recursion and mixed-type key ordering
import pprint
import re
import types
from collections import Counter, OrderedDict, UserDict, UserList, defaultdict, deque
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)


@dataclass
class Shape:
    name: str
    points: list


def show(obj, **kw):
    text = pprint.pformat(obj, **kw)
    print(re.sub(r"id=\d+", "id=N", text))


data = {"tuple1": (1,), "empty": [(), [], {}, set(), frozenset()],
        "nested": [[1, [2, [3, [4, [5]]]]]], "ints": set(range(20)),
        "fs": frozenset({3, 1, 2}), "long": "lorem ipsum dolor sit amet " * 5,
        "lines": "first line\nsecond line is here\n", "bytes": bytes(range(50)),
        "ba": bytearray(b"abcdefgh" * 8), "floats": [0.1, 1e100, -2.5, float("inf")]}
for width in (80, 40, 15):
    show(data, width=width)
show(data, depth=1)
show(data, width=30, compact=True, indent=4)

print(pprint.pformat({1: "a", "b": 2, (1, 2): 3, None: 4, 2.5: 5, b"k": 6, False: 7}))
print(pprint.pformat([{3, 1, 2}, {"b": 1, "a": [1, 2]}], width=10))

show(Counter("mississippi river banks"), width=40)
show(defaultdict(list, {"a": list(range(15)), "b": []}), width=40)
show(deque(range(25), maxlen=30), width=40)
show(deque(["x" * 20, "y" * 20]), width=30)
show(OrderedDict((c, ord(c)) for c in "abcdef"), width=30)
show(UserDict({"k": list(range(20))}), width=30)
show(UserList(range(30)), width=30)
show(types.SimpleNamespace(name="ns", values=list(range(20)), inner={"a": 1}), width=40)
shape = Shape("triangle", [Point(0, 0), Point(10, 0, ["corner"]), Point(5, 8, ["apex", "top"])])
show(shape)
show(shape, width=40)
show([shape, shape], depth=2, width=40)

loop = [1, 2]
loop.append(loop)
d = {"self": None, "list": loop}
d["self"] = d
show(d)
show(d, width=10)
print(pprint.isrecursive(d), pprint.isreadable(d), pprint.isreadable({"a": 1}))
print(re.sub(r"id=\d+", "id=N", pprint.saferepr(d)))
ns = types.SimpleNamespace(a=1)
ns.me = ns
show(ns, width=5)
pprint.pprint(list(range(3)), indent=4)
for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
