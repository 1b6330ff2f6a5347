# SPDX-License-Identifier: MIT
# Class features: total_ordering, __slots__, operator dunders, properties, metaclass registry, __init_subclass__, descriptors.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return f"Version({'.'.join(map(str, self.parts))!r})"
    def __str__(self): return '.'.join(map(str, self.parts))
vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9"]]
print(sorted(vs)); print(max(vs), min(vs), Version("1.2") >= Version("1.1"), Version("1.0") != Version("1.0"))
print(Version("1") == 1, len({Version("1.0"), Version("1.0")}))
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x+o.x, self.y+o.y)
    def __sub__(self, o): return Vec(self.x-o.x, self.y-o.y)
    def __mul__(self, k): return Vec(self.x*k, self.y*k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x**2 + self.y**2) ** 0.5
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
v = Vec(3, 4)
print(v + Vec(1, 1), v - Vec(1, 1), 2 * v, v * 3, -v, abs(v), list(v), bool(Vec(0, 0)), v[1], v[-1])
w = v; w += Vec(1, 1); print(v, w is v)
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError", e)
x, y = v; print(x, y)
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); self._c = 0
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
t = Temp(); t.celsius = 100; print(t.fahrenheit); del t.celsius; print(t.celsius)
try: t.celsius = -300
except ValueError as e: print(repr(e))
try: t.fahrenheit = 3
except AttributeError as e: print(type(e).__name__)
class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
class Base(metaclass=Meta): pass
class A(Base): pass
class B(A): pass
print(Meta.registry, type(B).__name__, B.__mro__[1].__name__, isinstance(B(), Base))
class Plugin:
    subs = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Plugin.subs.append(cls.__name__)
class P1(Plugin, tag="one"): pass
class P2(Plugin): pass
print(Plugin.subs, P1.tag, P2.tag)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class L(list):
    def append(self, x): super().append(x * 10)
l = L([1, 2]); l.append(3); print(l, len(l), type(l).__name__, l + [1], isinstance(l, list))
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v): setattr(obj, self.name, v.upper())
class Person:
    name = Desc()
p = Person(); print(p.name); p.name = 'bob'; print(p.name, p._name, type(Person.name).__name__)
print(Person.__name__, Person.__qualname__, Vec.__slots__, hasattr(p, '__dict__'))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
