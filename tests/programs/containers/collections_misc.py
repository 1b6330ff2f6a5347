# collections: Counter, defaultdict, OrderedDict, namedtuple, ChainMap.
from collections import Counter, defaultdict, OrderedDict, namedtuple, ChainMap
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6])
c.update("aaz")
c.subtract({"b": 2})
print(sorted(c.items()), c.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5))
dd = defaultdict(int)
for w in "to be or not to be".split():
    dd[w] += 1
print(sorted(dd.items()), dd["missing"], len(dd))
g = defaultdict(list)
g["x"].append(1)
print(dict(g))
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), od.popitem(last=False))
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(x=0), Point._fields, p == (3, 4))
a, b = p
print(a, b)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm), len(cm))
