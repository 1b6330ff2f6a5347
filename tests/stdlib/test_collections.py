# SPDX-License-Identifier: MIT
# Compares xenlet's collections (and collections.abc) with CPython's.
import collections as C
import collections.abc as CA

import pytest
from xl_loader import load

X = load("collections")
XA = load("collections.abc")


def outcome(f):
    try:
        return ("ok", repr(f()))
    except Exception as e:  # noqa: BLE001 - the type and text are compared
        return ("err", type(e).__name__, str(e))


def both(fn):
    assert outcome(lambda: fn(X)) == outcome(lambda: fn(C))


NT_CASES = [
    lambda m: repr(m.namedtuple("P", "x y")(1, 2)),
    lambda m: repr(m.namedtuple("P", "x, y")(y=1, x=2)),
    lambda m: repr(m.namedtuple("P", ["x", "y"], defaults=[5])(1)),
    lambda m: m.namedtuple("P", "x y z", defaults=[3])(),
    lambda m: m.namedtuple("P", "x y z", defaults=[3])(1),
    lambda m: m.namedtuple("P", "x y z", defaults=[3])(1, 2, 3, 4),
    lambda m: m.namedtuple("P", "x y")(1, 2, 3),
    lambda m: m.namedtuple("P", "x y")(1, 2, q=3),
    lambda m: m.namedtuple("P", "x y")(1, x=3),
    lambda m: m.namedtuple("P", "x y z")(),
    lambda m: m.namedtuple("P", "x y")._make([1, 2]),
    lambda m: m.namedtuple("P", "x y")._make([1]),
    lambda m: m.namedtuple("P", "x y")(1, 2)._replace(y=5),
    lambda m: repr(m.namedtuple("P", "x y")(1, 2)._replace(y=5)),
    lambda m: m.namedtuple("P", "x y")(1, 2)._replace(q=5, w=1),
    lambda m: m.namedtuple("P", "x y")(1, 2)._asdict(),
    lambda m: m.namedtuple("P", "x y")._fields,
    lambda m: m.namedtuple("P", "x y", defaults=(1,))._field_defaults,
    lambda m: m.namedtuple("P", "x y").__doc__,
    lambda m: m.namedtuple("P", "x y").x.__doc__,
    lambda m: m.namedtuple("P", "x y").__match_args__,
    lambda m: m.namedtuple("P", "abc def _x abc 1a ok", rename=True)._fields,
    lambda m: m.namedtuple("P", "x def"),
    lambda m: m.namedtuple("P", "x 1y"),
    lambda m: m.namedtuple("P", "x _y"),
    lambda m: m.namedtuple("P", "x x"),
    lambda m: m.namedtuple("P", "x", defaults=[1, 2]),
    lambda m: m.namedtuple("P", "x y")(3, 4).y,
    lambda m: m.namedtuple("P", "x y")(3, 4) == (3, 4),
    lambda m: m.namedtuple("P", "x y")(3, 4)[1],
    lambda m: list(m.namedtuple("P", "x y")(3, 4)),
    lambda m: m.namedtuple("P", "x y")(3, 4).__getnewargs__(),
    lambda m: hash(m.namedtuple("P", "x y")(3, 4)) == hash((3, 4)),
]


@pytest.mark.parametrize("case", NT_CASES)
def test_namedtuple(case):
    both(case)


def dq(m, *ops):
    d = m.deque([1, 2, 3])
    out = []
    for op in ops:
        out.append(outcome(lambda: op(d)))
        out.append(repr(d))
    return out


DQ_CASES = [
    lambda m: dq(m, lambda d: d.append(4), lambda d: d.appendleft(0)),
    lambda m: dq(m, lambda d: d.pop(), lambda d: d.popleft(),
                 lambda d: d.popleft(), lambda d: d.popleft(),
                 lambda d: d.pop()),
    lambda m: dq(m, lambda d: d.rotate(), lambda d: d.rotate(-2),
                 lambda d: d.rotate(7), lambda d: d.rotate(0)),
    lambda m: dq(m, lambda d: d.extend("ab"), lambda d: d.extendleft("xyz")),
    lambda m: dq(m, lambda d: d[0], lambda d: d[-1], lambda d: d[3],
                 lambda d: d[-4]),
    lambda m: dq(m, lambda d: d.__setitem__(1, 9), lambda d: d.__delitem__(0)),
    lambda m: dq(m, lambda d: d.index(2), lambda d: d.index(7),
                 lambda d: d.count(2), lambda d: d.remove(2),
                 lambda d: d.remove(8)),
    lambda m: dq(m, lambda d: d.insert(1, "i"), lambda d: d.reverse(),
                 lambda d: list(reversed(d)), lambda d: 2 in d,
                 lambda d: d.clear(), lambda d: len(d), lambda d: bool(d)),
    lambda m: dq(m, lambda d: d + m.deque([4]), lambda d: d * 2,
                 lambda d: d == m.deque([1, 2, 3]), lambda d: d < m.deque([2])),
    lambda m: repr(m.deque(range(5), maxlen=3)),
    lambda m: repr(m.deque(maxlen=0)),
    lambda m: m.deque("abc", 2).maxlen,
    lambda m: m.deque([], -1),
    lambda m: m.deque().pop(),
    lambda m: m.deque().popleft(),
    lambda m: m.deque(range(3), 3).insert(0, 1),
]


@pytest.mark.parametrize("case", DQ_CASES)
def test_deque(case):
    both(case)


def test_deque_maxlen_ends():
    for m in (X, C):
        d = m.deque(maxlen=3)
        for i in range(10):
            d.append(i)
        d.appendleft(-1)
        d.extendleft([-2, -3])
        assert list(d) == [-3, -2, -1]


def test_deque_long_mixed():
    import random as R
    rng = R.Random(5)
    a, b = X.deque(), C.deque()
    for _ in range(5000):
        op = rng.randrange(6)
        v = rng.random()
        for d in (a, b):
            if op == 0:
                d.append(v)
            elif op == 1:
                d.appendleft(v)
            elif op == 2 and d:
                d.pop()
            elif op == 3 and d:
                d.popleft()
            elif op == 4:
                d.rotate(int(v * 10) - 5)
        assert list(a) == list(b)
        if b:
            assert a[len(b) // 2] == b[len(b) // 2]


def test_deque_mutation_during_iteration():
    for m in (X, C):
        d = m.deque([1, 2])
        with pytest.raises(RuntimeError):
            for x in d:
                d.append(x)


OD_CASES = [
    lambda m: repr(m.OrderedDict()),
    lambda m: repr(m.OrderedDict([("a", 1), ("b", 2)])),
    lambda m: (lambda d: (d.move_to_end("a"), repr(d)))(
        m.OrderedDict(a=1, b=2, c=3)),
    lambda m: (lambda d: (d.move_to_end("c", last=False), repr(d)))(
        m.OrderedDict(a=1, b=2, c=3)),
    lambda m: m.OrderedDict(a=1).move_to_end("z"),
    lambda m: (lambda d: (d.popitem(), d.popitem(last=False), repr(d)))(
        m.OrderedDict(a=1, b=2, c=3)),
    lambda m: m.OrderedDict().popitem(),
    lambda m: m.OrderedDict(a=1, b=2) == m.OrderedDict(b=2, a=1),
    lambda m: m.OrderedDict(a=1, b=2) == dict(b=2, a=1),
    lambda m: list(reversed(m.OrderedDict(a=1, b=2))),
    lambda m: repr(m.OrderedDict.fromkeys("ab", 0)),
    lambda m: repr(m.OrderedDict(a=1) | {"b": 2}),
]


@pytest.mark.parametrize("case", OD_CASES)
def test_ordereddict(case):
    both(case)


DD_CASES = [
    lambda m: repr(m.defaultdict(list)),
    lambda m: (lambda d: (d["a"].append(1), d["b"], repr(d)))(
        m.defaultdict(list)),
    lambda m: repr(m.defaultdict(None, {"a": 1})),
    lambda m: m.defaultdict(None)["x"],
    lambda m: m.defaultdict(3),
    lambda m: (lambda d: (d["k"] + 1, d.get("z"), "z" in d, repr(d.copy())))(
        m.defaultdict(int)),
    lambda m: repr(m.defaultdict(int, a=1)),
    lambda m: repr(m.defaultdict(lambda: 0, [(1, 2)]))[:20],
]


@pytest.mark.parametrize("case", DD_CASES)
def test_defaultdict(case):
    both(case)


CT_CASES = [
    lambda m: repr(m.Counter("abracadabra")),
    lambda m: m.Counter("abracadabra").most_common(2),
    lambda m: m.Counter("abracadabra").most_common(),
    lambda m: m.Counter("abracadabra").most_common(0),
    lambda m: sorted(m.Counter(a=2, b=1, c=0, d=-1).elements()),
    lambda m: m.Counter()["x"],
    lambda m: repr(m.Counter()),
    lambda m: (lambda c: (c.update("aab"), c.update({"a": 5}), repr(c)))(
        m.Counter("ab")),
    lambda m: (lambda c: (c.subtract("aab"), repr(c)))(m.Counter("ab")),
    lambda m: (lambda c: (c.subtract(a=3), repr(c)))(m.Counter("ab")),
    lambda m: repr(m.Counter(a=3, b=1) + m.Counter(a=1, b=2, c=1)),
    lambda m: repr(m.Counter(a=3, b=1) - m.Counter(a=1, b=2, c=-1)),
    lambda m: repr(m.Counter(a=3, b=1) | m.Counter(a=1, b=2)),
    lambda m: repr(m.Counter(a=3, b=1) & m.Counter(a=1, b=2)),
    lambda m: repr(+m.Counter(a=3, b=-1, c=0)),
    lambda m: repr(-m.Counter(a=3, b=-1, c=0)),
    lambda m: m.Counter(a=1) == m.Counter(a=1, b=0),
    lambda m: m.Counter(a=1) <= m.Counter(a=2),
    lambda m: m.Counter(a=1, b=1) < m.Counter(a=2),
    lambda m: m.Counter("aab").total(),
    lambda m: m.Counter.fromkeys("ab"),
    lambda m: (lambda c: (c.__delitem__("zz"), repr(c)))(m.Counter("a")),
    lambda m: (lambda c: (c.__iadd__(m.Counter(a=-5, b=1)), repr(c)))(
        m.Counter("aa")),
    lambda m: repr(m.Counter({"x": 1, "y": 3, "z": 3})),
]


@pytest.mark.parametrize("case", CT_CASES)
def test_counter(case):
    both(case)


def test_chainmap():
    for m in (X, C):
        base = {"a": 1, "b": 2}
        cm = m.ChainMap({"a": 10}, base)
        assert cm["a"] == 10 and cm["b"] == 2 and len(cm) == 2
        assert list(cm) == ["a", "b"]
        cm["c"] = 3
        assert cm.maps[0] == {"a": 10, "c": 3}
        assert repr(cm.new_child()).startswith("ChainMap({}, ")
        with pytest.raises(KeyError):
            cm["zz"]
        with pytest.raises(KeyError):
            del cm["b"]


ABC_VALUES = [[], (), "s", b"b", bytearray(), {}, set(), frozenset(), 1, 1.5,
              None, range(3), iter([]), (x for x in ()), len, {}.keys(),
              {}.items(), {}.values(), object()]
ABC_NAMES = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible",
             "Sized", "Container", "Callable", "Collection", "Set",
             "MutableSet", "Mapping", "MutableMapping", "Sequence",
             "MutableSequence", "KeysView", "ValuesView", "ItemsView",
             "MappingView"]


@pytest.mark.parametrize("name", ABC_NAMES)
def test_abc_isinstance(name):
    got = [isinstance(v, getattr(XA, name)) for v in ABC_VALUES]
    want = [isinstance(v, getattr(CA, name)) for v in ABC_VALUES]
    assert got == want


def test_abc_mixins():
    class M(XA.MutableMapping):
        def __init__(self):
            self.d = {}

        def __getitem__(self, k):
            return self.d[k]

        def __setitem__(self, k, v):
            self.d[k] = v

        def __delitem__(self, k):
            del self.d[k]

        def __iter__(self):
            return iter(self.d)

        def __len__(self):
            return len(self.d)

    m = M()
    m.update(a=1, b=2)
    assert m.get("a") == 1 and "b" in m and m.pop("b") == 2
    assert list(m.items()) == [("a", 1)] and m.setdefault("c", 3) == 3
    assert isinstance(m, XA.Mapping) and not isinstance({}, M)

    class S(XA.Sequence):
        def __getitem__(self, i):
            return [1, 2, 3][i]

        def __len__(self):
            return 3

    s = S()
    assert list(s) == [1, 2, 3] and 2 in s and s.index(3) == 2
    assert list(reversed(s)) == [3, 2, 1] and s.count(1) == 1

    class R:
        pass

    XA.Sequence.register(R)
    assert isinstance(R(), XA.Sequence) and not isinstance(R(), XA.Mapping)
