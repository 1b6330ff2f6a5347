# SPDX-License-Identifier: MIT
# Compares xenlet's abc, contextlib, enum, dataclasses, typing, copy and
# textwrap with CPython's.
import abc as CA
import contextlib as CC
import copy as CP
import dataclasses as CD
import enum as CE
import io
import textwrap as CT
import typing as CY

import pytest
from xl_loader import load, same

XA = load("abc")
XC = load("contextlib")
XE = load("enum")
XD = load("dataclasses")
XY = load("typing")
XP = load("copy")
XT = load("textwrap")


# ---- abc -------------------------------------------------------------------

def abc_case(m):
    class Base(m.ABC):
        @m.abstractmethod
        def f(self):
            pass

        @m.abstractmethod
        def g(self):
            pass

    class Half(Base):
        def f(self):
            return 1

    class Full(Half):
        def g(self):
            return 2

    out = []
    for cls in (Base, Half, Full):
        try:
            out.append(cls().g())
        except TypeError as e:
            out.append(str(e))
    Base.register(int)
    out.append((isinstance(3, Base), issubclass(int, Base),
                isinstance("s", Base), isinstance(Full(), Base),
                sorted(Half.__abstractmethods__), type(Base).__name__))
    return out


def test_abc():
    same(abc_case, XA, CA)
    assert issubclass(XA.ABCMeta, type)


# ---- contextlib ------------------------------------------------------------

def ctx_case(m):
    log = []

    @m.contextmanager
    def cm(tag):
        log.append("enter " + tag)
        try:
            yield tag.upper()
        except KeyError:
            log.append("caught")
        finally:
            log.append("exit " + tag)

    with cm("a") as v:
        log.append(v)
    with cm("b"):
        raise KeyError("k")
    try:
        with cm("c"):
            raise ValueError("v")
    except ValueError as e:
        log.append("propagated " + str(e))
    with m.suppress(ZeroDivisionError, KeyError):
        1 / 0
    try:
        with m.suppress(KeyError):
            [][1]
    except IndexError:
        log.append("not suppressed")

    class Res:
        def close(self):
            log.append("closed")
    with m.closing(Res()):
        pass
    with m.nullcontext(5) as n:
        log.append(n)
    with m.ExitStack() as st:
        st.callback(log.append, "cb1")
        st.enter_context(cm("d"))
        st.push(lambda *exc: log.append("push " + repr(exc[0])))
    try:
        with m.ExitStack() as st:
            st.callback(log.append, "cb2")
            st.push(lambda t, v, tb: True)
            raise RuntimeError("x")
        log.append("suppressed by stack")
    except RuntimeError:
        log.append("escaped")
    try:
        with m.ExitStack() as st:
            def boom(*a):
                raise KeyError("from cb")
            st.push(boom)
            raise ValueError("orig")
    except KeyError as e:
        log.append(("replaced", repr(e), repr(e.__context__)))
    buf = io.StringIO()
    with m.redirect_stdout(buf):
        print("hidden")
    log.append(buf.getvalue())

    @cm("deco")
    def decorated():
        log.append("body")
    decorated()
    decorated()

    @m.contextmanager
    def noyield():
        if False:
            yield
    try:
        with noyield():
            pass
    except RuntimeError as e:
        log.append(str(e))

    @m.contextmanager
    def twice():
        yield
        yield
    try:
        with twice():
            pass
    except RuntimeError as e:
        log.append(str(e))
    return log


def test_contextlib():
    same(ctx_case, XC, CC)


# ---- enum ------------------------------------------------------------------

def enum_case(m):
    class Color(m.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1

        def describe(self):
            return self.name.lower()

        @classmethod
        def default(cls):
            return cls.GREEN

    class Auto(m.Enum):
        A = m.auto()
        B = m.auto()
        C = 10
        D = m.auto()

    class Num(m.IntEnum):
        ONE = 1
        TWO = 2

    class S(m.StrEnum):
        X = m.auto()
        Y = "why"

    class Planet(m.Enum):
        EARTH = (5.97e24, 6.37e6)
        MARS = (6.42e23, 3.39e6)

        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius

    class Perm(m.Flag):
        R = m.auto()
        W = m.auto()
        X = m.auto()

    class IP(m.IntFlag):
        A = 1
        B = 2

    out = [repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value,
           list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON,
           Color.CRIMSON is Color.RED, list(Color.__members__),
           Color.RED.describe(), Color.default(), repr(Color),
           isinstance(Color.RED, Color), Color.RED == 1, Color.RED in Color,
           format(Color.RED), f"{Color.RED:>12}", list(reversed(Color)),
           hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.CRIMSON],
           list(Auto), [a.value for a in Auto],
           repr(Num.ONE), str(Num.ONE), Num.ONE + 1, Num.TWO == 2,
           format(Num.TWO, "03d"), Num(1), sorted([Num.TWO, Num.ONE]),
           repr(S.X), str(S.X), S.Y == "why", S("why"),
           Planet.MARS.mass, Planet.EARTH.value,
           repr(Perm.R | Perm.W), str(Perm.R | Perm.W), bool(Perm(0)),
           repr(Perm(0)), repr(~Perm.R), Perm.R in (Perm.R | Perm.X),
           list(Perm.R | Perm.X), repr(Perm), Perm(3),
           IP.A | IP.B, IP.A | 2, str(IP.B), repr(IP.A | IP.B)]
    for f in (lambda: Color(7), lambda: Color["NOPE"], lambda: 1 in Color,
              lambda: Num(5)):
        try:
            out.append(f())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    try:
        @m.unique
        class U(m.Enum):
            A = 1
            B = 1
            C = 2
            D = 2
    except ValueError as e:
        out.append(str(e))
    F = m.Enum("F", "ONE TWO")
    out.append((list(F), F.TWO.value))
    G = m.Enum("G", [("a", 5), ("b", 7)])
    out.append(list(G))
    return [repr(x) for x in out]


def test_enum():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        same(enum_case, XE, CE)


# ---- dataclasses -----------------------------------------------------------

def dc_case(m, stringly):
    A = (lambda s, o: s) if stringly else (lambda s, o: o)

    def make(name, anns, ns=None, **kw):
        ns = dict(ns or {})
        ns["__annotations__"] = anns
        ns["__qualname__"] = name
        return m.dataclass(type(name, (), ns), **kw)

    out = []
    P = make("P", {"x": A("int", int), "y": A("int", int)}, {"y": 0})
    out += [repr(P(1)), repr(P(1, 2)), P(1, 2) == P(1, 2), P(1) == P(2),
            P(1).__match_args__, [f.name for f in m.fields(P)],
            m.asdict(P(3, 4)), m.astuple(P(3, 4)), repr(m.replace(P(1), y=9)),
            m.is_dataclass(P), m.is_dataclass(P(1)), P.__hash__]
    for f in (lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2),
              lambda: P(1, x=2), lambda: m.fields(3),
              lambda: m.replace(P(1), z=3)):
        try:
            out.append(f())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    L = make("L", {"items": A("list", list), "n": A("ClassVar[int]",
                                                     CY.ClassVar[int])},
             {"items": m.field(default_factory=list), "n": 5})
    a, b = L(), L()
    a.items.append(1)
    out += [repr(a), repr(b), L.n, [f.name for f in m.fields(L)]]
    F = make("F", {"x": A("int", int)}, frozen=True)
    try:
        F(1).x = 2
    except m.FrozenInstanceError as e:
        out.append(("frozen", str(e), isinstance(e, AttributeError)))
    out.append(hash(F(1)) == hash((1,)))
    O = make("O", {"x": A("int", int), "y": A("str", str)}, order=True)
    out += [O(1, "b") < O(2, "a"), O(1, "b") >= O(1, "a"),
            sorted([O(2, "a"), O(1, "z")])]
    try:
        make("Bad", {"x": A("int", int), "y": A("int", int)}, {"x": 1})
    except TypeError as e:
        out.append(str(e))
    try:
        make("Mut", {"x": A("list", list)}, {"x": []})
    except ValueError as e:
        out.append(str(e))
    K = make("K", {"a": A("int", int), "b": A("int", int)},
             {"b": m.field(default=2, kw_only=True)})
    out += [repr(K(1, b=3)), repr(K(1))]
    try:
        K(1, 2)
    except TypeError as e:
        out.append(str(e))
    N = make("N", {"p": A("P", P), "ps": A("list", list)})
    out.append(m.asdict(N(P(1, 2), [P(3), {"k": P(4)}])))
    R = make("R", {"x": A("int", int), "hidden": A("int", int)},
             {"hidden": m.field(default=7, repr=False, compare=False)})
    out += [repr(R(1)), R(1, 2) == R(1, 3)]

    def post(self):
        self.total = self.x * 2
    Q = make("Q", {"x": A("int", int)}, {"__post_init__": post})
    out.append(Q(4).total)
    return [repr(x) for x in out]


@pytest.mark.parametrize("stringly", [False, True])
def test_dataclasses(stringly):
    got = dc_case(XD, stringly)
    want = dc_case(CD, False)
    assert got == want


def test_dataclass_initvar_and_kwonly_marker():
    @XD.dataclass
    class C:
        x: int
        scale: "InitVar[int]" = 2
        _: "KW_ONLY" = None
        y: int = 0

        def __post_init__(self, scale):
            self.x *= scale

    del C._
    c = C(3, 5, y=1)
    assert (c.x, c.y) == (15, 1)
    assert [f.name for f in XD.fields(C)] == ["x", "y"]
    assert XD.replace(c, scale=1).x == 15


def test_dataclass_decorator_syntax():
    @XD.dataclass(order=True, frozen=True)
    class V:
        x: int
        y: int = 1
    assert V(1) < V(2) and repr(V(1)).endswith("V(x=1, y=1)")
    assert {V(1): "a"}[V(1)] == "a"


# ---- typing ----------------------------------------------------------------

def test_typing_names_importable():
    for name in ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Set",
                 "FrozenSet", "Callable", "Iterable", "Iterator", "Generator",
                 "Sequence", "Mapping", "TypeVar", "Generic", "Protocol",
                 "NamedTuple", "TypedDict", "cast", "overload"]:
        assert hasattr(XY, name)
    assert XY.TYPE_CHECKING is False
    T = XY.TypeVar("T")
    assert repr(T) == repr(CY.TypeVar("T")) == "~T"
    for expr in [lambda y: y.List[int], lambda y: y.Dict[str, y.List[int]],
                 lambda y: y.Tuple[int, ...], lambda y: y.Callable[[int], str],
                 lambda y: y.Union[int, str], lambda y: y.Optional[int],
                 lambda y: y.Union[int], lambda y: y.Union[int, y.Union[str, int]]]:
        assert repr(expr(XY)) == repr(expr(CY))
    assert XY.cast(int, "x") == "x"
    assert XY.get_args(XY.Dict[str, int]) == (str, int)

    class Box(XY.Generic[T]):
        def __init__(self, v):
            self.v = v
    assert Box[int](3).v == 3

    class P(XY.Protocol):
        def f(self): ...

    class Pt(XY.NamedTuple):
        x: int
        y: "int" = 5

        def norm(self):
            return self.x + self.y
    assert repr(Pt(1)) == "Pt(x=1, y=5)" and Pt(1, 2).norm() == 3
    assert Pt._fields == ("x", "y") and isinstance(Pt(1), tuple)
    Q = XY.NamedTuple("Q", [("a", int)])
    assert Q(a=1).a == 1

    class Movie(XY.TypedDict):
        name: str
        year: int
    m = Movie(name="x", year=1)
    assert type(m) is dict and m == {"name": "x", "year": 1}
    assert Movie.__required_keys__ == frozenset({"name", "year"})

    @XY.overload
    def f(x: int) -> int: ...
    with pytest.raises(NotImplementedError):
        f(1)
    assert XY.List[int]() == [] and XY.Dict() == {}


# ---- copy ------------------------------------------------------------------

class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


def test_copy():
    inner = [1, [2, 3]]
    d = {"a": inner, "b": inner, "t": (1, inner), "s": {1, 2}}
    for m in (XP, CP):
        c = m.copy(d)
        assert c == d and c is not d and c["a"] is inner
        dc = m.deepcopy(d)
        assert dc == d and dc["a"] is not inner and dc["a"] is dc["b"]
        assert dc["t"][1] is dc["a"]
        cyc = [1]
        cyc.append(cyc)
        cc = m.deepcopy(cyc)
        assert cc[1] is cc and cc is not cyc
        p = Pt([1], 2)
        q = m.copy(p)
        assert q == p and q.x is p.x
        r = m.deepcopy(p)
        assert r == p and r.x is not p.x
        t = (1, "a", None)
        assert m.deepcopy(t) is t and m.copy(t) is t


# ---- textwrap --------------------------------------------------------------

TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs.  How vexingly quick daft zebras jump!\n"
        "Sphinx of black quartz, judge my vow; a well-known example of "
        "state-of-the-art pangrams.\tTabs too. " + "x" * 30)


@pytest.mark.parametrize("width", [5, 10, 17, 30, 45, 70])
def test_textwrap_wrap(width):
    for kw in ({}, {"break_long_words": False},
               {"initial_indent": "* ", "subsequent_indent": "  "},
               {"drop_whitespace": False}, {"max_lines": 3},
               {"fix_sentence_endings": True}):
        try:
            want = CT.wrap(TEXT, width, **kw)
        except ValueError:
            with pytest.raises(ValueError):
                XT.wrap(TEXT, width, **kw)
            continue
        assert XT.wrap(TEXT, width, **kw) == want, (kw, width)
    assert XT.fill(TEXT, width) == CT.fill(TEXT, width)
    assert XT.shorten(TEXT, width + 10) == CT.shorten(TEXT, width + 10)


def test_dedent_indent():
    samples = ["    a\n      b\n    c\n", "  a\n\tb\n", "\n    x\n   \n    y",
               "no indent\n  x", "  \t a\n  \t b\n", "   \n   \n"]
    for s in samples:
        assert XT.dedent(s) == CT.dedent(s), repr(s)
        assert XT.indent(s, "> ") == CT.indent(s, "> ")
        assert XT.indent(s, "+", lambda l: True) == CT.indent(s, "+", lambda l: True)
