# collections: deque as sliding window, Counter arithmetic, OrderedDict as LRU, namedtuple methods.
from collections import deque, Counter, OrderedDict, namedtuple
def moving_avg(xs, n):
    w = deque(maxlen=n)
    out = []
    for x in xs:
        w.append(x)
        out.append(round(sum(w) / len(w), 2))
    return out
print(moving_avg([1, 5, 3, 8, 2, 9], 3))
a = Counter("hello world")
b = Counter("low")
print(sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items())[:3])
print(a.most_common(1), +Counter(x=-1, y=2), list(Counter("bca").elements()))
lru = OrderedDict()
for k in "abcab":
    if k in lru:
        lru.move_to_end(k)
    lru[k] = True
    if len(lru) > 2:
        lru.popitem(last=False)
print(list(lru))
Emp = namedtuple("Emp", ["name", "dept"], defaults=["eng"])
e = Emp("ann")
print(e, Emp._make(["bo", "ops"]), e._asdict(), Emp._field_defaults)
d = deque(range(5))
d.rotate(-2)
print(d, d.index(0), d.count(1), d.reverse(), d)
d.remove(3)
print(d, list(reversed(d)), 4 in d)
