# A 2-D vector class with full operator support, hashing, iteration and formatting.
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __iter__(self):
        yield self.x
        yield self.y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __format__(self, spec):
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
    def __eq__(self, o):
        return isinstance(o, Vec) and tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a / 2, -a, abs(a), a @ b)
print(f"{a / 3:.3f}", f"{b:+d}", bool(Vec()), bool(a), a[0], a[-1], list(a), tuple(b))
print(a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}), {a: "a"}[Vec(3, 4)])
x, y = a
print(x, y, sum([a, b, Vec(1, 1)], Vec()), max([a, b], key=abs))
acc = Vec()
for v in [a, b, a]:
    acc += v
print(acc, sorted([a, b, Vec(0, 0)], key=lambda v: (v.x, v.y)))
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
