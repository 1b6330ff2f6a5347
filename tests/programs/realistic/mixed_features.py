# A mix of features as people write them: trees, operators, generators, closures, metaclasses.
import sys
class Node:
    __slots__ = ("val", "left", "right")
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
    def __iter__(self):
        if self.left: yield from self.left
        yield self.val
        if self.right: yield from self.right
def insert(root, v):
    if root is None: return Node(v)
    if v < root.val: root.left = insert(root.left, v)
    else: root.right = insert(root.right, v)
    return root
r = None
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    r = insert(r, v)
print(list(r), sum(r), max(r))
class Matrix:
    def __init__(self, rows): self.rows = [list(x) for x in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
    __hash__ = None
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m == Matrix([[1, 2], [3, 4]]), m != m)
try:
    hash(m)
except TypeError as e:
    print(e)
def gen():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    except ValueError as e:
        print("caught", e)
        yield -1
    finally:
        print("cleanup")
g = gen(); print(next(g), g.send(21)); print(g.throw(ValueError("boom"))); g.close()
print({**{"a": 1}, "b": 2}, [*range(3), *"ab"], (lambda *a, **k: (a, k))(1, 2, x=3))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f(), f.__closure__[0].cell_contents)
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2], {k: v for k, v in zip("abc", range(3))})
x = 10
print((y := x * 2), y, [z for z in range(5) if (w := z * z) > 5], w)
print(1 < 2 < 3 > 2, "abc" < "abd" <= "abd", not [] and 5, None or "d")
print(divmod(-7, 2), -7 // 2, -7 % 2, 7.5 // 2, round(2.5), round(3.5), round(1.2345, 2), 10 ** -2)
print(int("ff", 16), int("0b101", 0), hex(-255), bin(10), oct(8), format(1234.5, ","), 2 ** 100 % 97)
print("a,b,,c".split(","), " x y ".split(), "abc".center(9, "-"), "Hello".swapcase(), "x".join("abc"))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: -kv[1]), list(reversed([1, 2, 3])), sum([0.1] * 10))
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e), repr(e.__cause__))
class A:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def s(): return "static"
a = A.make(); a.x = 5; print(a.x, A.s(), type(a).__name__, isinstance(a, A), issubclass(A, object))
class M(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class T(metaclass=M): pass
print(T.tag, type(T).__name__)
print(sys.argv[0].endswith("mixed_features.py"), len(sys.argv))
def f(a, /, b, *, c): return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
