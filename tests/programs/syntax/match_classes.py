# match statements: class patterns.  Positional sub-patterns go through
# __match_args__, keywords name attributes, the built-in types bool,
# bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple
# match their one positional sub-pattern against the subject itself.
import collections
import dataclasses
import enum


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point3(_, _, z):
            return f"3d point with z={z}"
        case Point():
            return f"some point {p.x},{p.y}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 0),
          Point3(0, 0, 4), Point3(5, 6, 7), (0, 0), None]:
    print(where(p))


# built-in types match the subject itself
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(bs) | bytearray(bs):
            return f"binary {bytes(bs)!r}"
        case list([]):
            return "empty list"
        case list([first, *_]):
            return f"list starting {first}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case dict(d):
            return f"dict of {len(d)}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case _:
            return "something else"


for v in [True, False, -3, 0, 1, 7, 2.5, "", b"", "txt", b"raw", bytearray(b"ba"), [], [9, 8],
          (1, 2), (1, 2, 3), {"k": 4}, {"j": 5}, frozenset({3, 1}), {2, 1}, None]:
    print(repr(v), "->", kind(v))


# subclasses of those built-ins keep matching themselves, unless they
# define __match_args__
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("real",)


match MyInt(12):
    case MyInt(n):
        print("MyInt matched itself:", n, type(n).__name__)
match Celsius(21.5):
    case Celsius(r):
        print("Celsius via __match_args__:", r)


# dataclasses and namedtuples make __match_args__
@dataclasses.dataclass
class Move:
    dx: int
    dy: int = 0


@dataclasses.dataclass
class Say:
    text: str
    loud: bool = False


Pair = collections.namedtuple("Pair", "left right")


def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, dy=0):
            return f"horizontal {dx}"
        case Move(dx, dy):
            return f"move {dx},{dy}"
        case Say(text, loud=True):
            return text.upper() + "!"
        case Say(text):
            return text
        case Pair(left, right=Pair() as inner):
            return f"pair {left} with inner {tuple(inner)}"
        case Pair(l, r):
            return f"pair {l} {r}"


for c in [Move(0, 0), Move(3), Move(1, 2), Say("hi"), Say("hey", loud=True), Pair(1, 2), Pair(0, Pair(3, 4))]:
    print(run(c))

# a namedtuple is also a sequence
match Pair(5, 6):
    case [a, b]:
        print("namedtuple as a sequence", a, b)


# enums as value patterns, classes matched by isinstance
class Color(enum.Enum):
    RED = 1
    GREEN = 2


def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color():
            return "other colour"
        case int(Color.RED.value):
            return "the number of red"
        case _:
            return "?"


print([paint(c) for c in (Color.RED, Color.GREEN, 1, 2)])


# an attribute missing on the subject makes the pattern fail (no error)
class Sparse:
    __match_args__ = ("a", "b")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def sparse(s):
    match s:
        case Sparse(a, b):
            return f"both {a} {b}"
        case Sparse(a):
            return f"only a {a}"
        case Sparse(b=b):
            return f"only b {b}"
        case Sparse():
            return "neither"


print(sparse(Sparse(a=1, b=2)), sparse(Sparse(a=1)), sparse(Sparse(b=2)), sparse(Sparse()))


# properties and __getattr__ are consulted like any attribute access
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("  (computing value)")
        return 42

    def __getattr__(self, name):
        if name == "extra":
            return "dynamic"
        raise AttributeError(name)


match Lazy():
    case Lazy(41):
        print("never")
    case Lazy(v, extra=e):
        print("lazy", v, e)
    case _:
        print("never")


# isinstance through the metaclass's __instancecheck__
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=EvenMeta):
    pass


for v in (4, 5):
    match v:
        case Even():
            print(v, "matched Even()")
        case _:
            print(v, "did not")

# a class pattern with keyword sub-patterns and an as-pattern around them
match Point(4, 5):
    case Point(x=4 | 6 as xx, y=yy) as whole:
        print("nested", xx, yy, type(whole).__name__)
