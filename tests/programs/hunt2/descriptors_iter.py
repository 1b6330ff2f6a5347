# SPDX-License-Identifier: MIT
# Descriptors (data/non-data, __set_name__), properties overridden in subclasses, __eq__/__hash__ rules, __getitem__ iteration, __reversed__, __contains__.
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind): raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, v)
    def __delete__(self, obj): print("deleting", self.name); delattr(obj, self.name)
class NonData:
    def __get__(self, obj, t=None): return "nondata"
class Rec:
    x = Typed(int)
    y = Typed(str)
    nd = NonData()
r = Rec(); r.x = 5; r.y = "a"
print(r.x, r.y, Rec.x.name, Rec.x.owner, r.nd, isinstance(Rec.__dict__["x"], Typed))
r.__dict__["nd"] = "instance wins"; r.__dict__["x"] = "ignored"; print(r.nd, r.x)
try:
    r.x = "bad"
except TypeError as e:
    print("TE", e)
del r.x; print(r.x)
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 10
    @property
    def ro(self): return "ro"
class Der(Base):
    @Base.v.getter
    def v(self): return self._v + 1
class Der2(Base):
    @property
    def v(self): return "override"
d = Der(); d.v = 2; print(d.v, Der2().v)
try:
    Der2().v = 3
except AttributeError as e:
    print("AE", e)
try:
    Base().ro = 1
except AttributeError as e:
    print("AE", e)
try:
    del Base().ro
except AttributeError as e:
    print("AE", e)
print(type(Base.v).__name__, Base.v.fget.__name__, Base.ro.fset, Base.v.__doc__)
class CP:
    def __init__(self): self.calls = 0
    @property
    def slow(self):
        self.calls += 1; return 42
class Cached:
    def __init__(self, f): self.f = f; self.__doc__ = f.__doc__
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class UsesCached:
    n = 0
    @Cached
    def val(self):
        "doc"
        UsesCached.n += 1; return "computed"
u = UsesCached(); print(u.val, u.val, UsesCached.n, UsesCached.val.__doc__)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y) if isinstance(o, Pt) else NotImplemented
print(Pt.__hash__ is None, Pt(1, 2) == Pt(1, 2), Pt(1, 2) != Pt(1, 3), Pt(1, 2) == (1, 2))
try:
    {Pt(1, 2)}
except TypeError as e:
    print("TE", e)
class HPt(Pt):
    def __hash__(self): return hash((self.x, self.y))
print(len({HPt(1, 2), HPt(1, 2), HPt(2, 1)}), HPt(1, 2) in {HPt(1, 2): 0})
class EqOnlyChild(HPt):
    def __eq__(self, o): return False
print(EqOnlyChild.__hash__ is None)
class Ident:
    pass
a = Ident(); print(a == a, a != Ident(), {a: 1}[a])
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])), [x for x in Seq()], tuple(Seq()), sorted(Seq(), reverse=True), max(Seq()))
it = iter(Seq()); print(next(it), next(it), list(it))
class Rev:
    def __init__(self, d): self.d = d
    def __iter__(self): return iter(self.d)
    def __reversed__(self): return iter(["rev"] + self.d[::-1])
    def __contains__(self, x): print("contains", x); return x == "magic"
    def __len__(self): return len(self.d)
print(list(reversed(Rev([1, 2]))), "magic" in Rev([]), 1 in Rev([1]), 1 not in Rev([1]))
class LenGet:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return "abc"[i]
print(list(reversed(LenGet())), "".join(LenGet()))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TE", e)
try:
    reversed(5)
except TypeError as e:
    print("TE", e)
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n
cd = CountDown(3); print(list(cd), list(cd), list(zip(CountDown(3), "ab")), dict(enumerate(CountDown(2), 1)))
print(iter(int, 1) is not None, list(iter([3, 2, 1, 0, 5].pop, 0)) if False else list(iter(lambda it=iter([3, 2, 0, 4]): next(it), 0)))
