# SPDX-License-Identifier: MIT
# collections: deque (maxlen, rotate), OrderedDict.move_to_end, Counter arithmetic, ChainMap, defaultdict, namedtuple (defaults, rename, subclass).
from collections import deque, OrderedDict, Counter, ChainMap, defaultdict, namedtuple
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); d.appendleft(0); print(d, d.maxlen)
d.rotate(1); print(d); d.rotate(-2); print(d); d.extendleft([9, 8]); print(d, d.count(9), d.index(8))
d2 = deque("abcde"); d2.remove("c"); d2.insert(1, "X"); print(d2, d2[1], d2[-1], list(reversed(d2)), d2.pop(), d2.popleft(), len(d2))
d2.reverse(); print(d2, d2 == deque(["d", "b", "X"]), deque([1]) + deque([2]), deque([1, 2]) * 2, deque() or "empty", repr(deque([], maxlen=2)))
try:
    deque().pop()
except IndexError as e:
    print("IE", e)
try:
    d2.index("zz")
except ValueError as e:
    print("VE", e)
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b"); od.move_to_end("d", last=False); print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, dict(a=1, b=2) == dict(b=2, a=1))
od2 = OrderedDict(); od2["x"] = 1; od2["y"] = 2; od2["x"] = 3; print(od2, list(reversed(od2)), od2 | {"z": 0})
try:
    od2.move_to_end("nope")
except KeyError as e:
    print("KE", e)
c1 = Counter("abracadabra"); c2 = Counter({"a": 2, "z": 3, "b": -1})
print(c1.most_common(3), c1 + c2, c1 - c2, c1 & c2, c1 | c2, -c2, +c2, c1["q"], sorted(c1.elements())[:6])
c3 = c1.copy(); c3.subtract(c2); print(c3, c3.total(), sum(c1.values()))
c3.update("zzz"); c3.update({"a": 100}); print(c3.most_common(2), Counter(a=1) == Counter(a=1, b=0), Counter("aab") < Counter("aabc") if hasattr(Counter, "__lt__") else "")
print(Counter([1, 1, 2]).most_common(), Counter().most_common(1), repr(Counter()), Counter(a=3, b=3, c=1).most_common(2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm)
cm["c"] = 4; del cm["a"]; print(cm.maps, cm["a"])
child = cm.new_child({"b": 99}); print(child["b"], child.parents["b"], dict(child) == {"a": 2, "b": 99, "c": 4}, list(child))
try:
    del cm["b"]
except KeyError as e:
    print("KE", e)
dd = defaultdict(list); dd["x"].append(1); dd["y"]; print(dd, dict(dd), dd.default_factory.__name__)
dd2 = defaultdict(lambda: "N/A"); print(dd2["k"], dd2.get("other"), "other" in dd2)
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KE", e)
Pt = namedtuple("Pt", "x y", defaults=[0])
p = Pt(1); print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._field_defaults, Pt._make([3, 4]), p + (9,), p[0], p.x, *p)
x, y = p; print(x, y, p == (1, 0), Pt(1, 0) == Pt(1, 0), max(Pt(1, 2), Pt(1, 3)))
Emp = namedtuple("Emp", ["name", "class", "def"], rename=True); print(Emp._fields)
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TE", e)
try:
    p.x = 5
except AttributeError as e:
    print("AE")
class P3(namedtuple("P3", "a b c")):
    __slots__ = ()
    @property
    def total(self): return self.a + self.b + self.c
    def __str__(self): return f"<{self.a}/{self.b}/{self.c}>"
q = P3(1, 2, 3); print(q, repr(q), q.total, sorted([P3(2, 0, 0), P3(1, 5, 5)]))
