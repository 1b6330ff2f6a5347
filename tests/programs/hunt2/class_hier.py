# SPDX-License-Identifier: MIT
# Class machinery: __init_subclass__, metaclasses, __class_getitem__, __getattr__/__getattribute__, __slots__, cooperative super(), builtin subclasses, __format__.
class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: Registry.plugins[key] = cls
class A(Registry, key="a"): pass
class B(A, key="b"): pass
class C(A): pass
print(sorted((k, v.__name__) for k, v in Registry.plugins.items()))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
    def __repr__(cls): return f"<cls {cls.__name__}>"
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
class W(metaclass=Meta, flag=1):
    def __init__(self, v): self.v = v
w = W(3); print(W, w.v, w.via_meta, W.created_by, W.extra, len(W), W[int], type(W).__name__, isinstance(W, Meta))
class Generic:
    def __class_getitem__(cls, item): return f"{cls.__name__}<{item.__name__ if isinstance(item, type) else item}>"
print(Generic[int], Generic["x"])
class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return f"dyn:{name}"
d = Dyn(); print(d.real, d.foo, getattr(d, "bar"), hasattr(d, "_x"), getattr(d, "_y", "default"))
class Logged:
    def __init__(self): object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log": object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        self.log.append(("set", name)); object.__setattr__(self, name, v)
    def __delattr__(self, name):
        self.log.append(("del", name)); object.__delattr__(self, name)
    def m(self): return "m"
lg = Logged(); lg.x = 1; lg.x; lg.m(); del lg.x; print(lg.log)
class Slot:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slot()
try:
    s.c = 1
except AttributeError as e:
    print("AE", e)
try:
    s.b
except AttributeError as e:
    print("AE", e)
print(hasattr(s, "__dict__"), Slot.__slots__, type(Slot.a).__name__)
class SlotChild(Slot):
    pass
sc = SlotChild(); sc.z = 5; print(sc.z, hasattr(sc, "__dict__"))
class Base:
    def hello(self): return "Base"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(x): return x * 2
    def __repr__(self): return f"{type(self).__name__}()"
class L(Base):
    def hello(self): return "L>" + super().hello()
class R(Base):
    def hello(self): return "R>" + super().hello()
class D(L, R):
    def hello(self): return "D>" + super().hello()
    @classmethod
    def make(cls):
        o = super().make(); o.tag = "made"; return o
print(D().hello(), [k.__name__ for k in D.__mro__], D.make(), D.make().tag, D.util(4), D().util(5), super(L, D()).hello(), super(D, D).make)
class StrLike(str):
    def __new__(cls, v): return super().__new__(cls, v.strip())
    def shout(self): return self.upper() + "!"
sl = StrLike("  hi  "); print(repr(sl), sl.shout(), sl + "x", type(sl + "x").__name__, type(sl.upper()).__name__, sl == "hi", len(sl), isinstance(sl, str))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 1000)
    def __repr__(self): return f"MyInt({int(self)})"
mi = MyInt(5); print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, mi == 5, hash(mi) == hash(5), f"{mi}", str(mi), f"{mi:>4}", [10, 20, 30, 40, 50, 60][MyInt(1)])
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a); self.meta = "m"
    def total(self): return sum(self)
ml = MyList([1, 2]); ml.append(3); print(ml, ml.total(), ml.meta, ml[1:], type(ml[1:]).__name__, type(ml + [4]).__name__, MyList() == [], repr(MyList("ab")))
class MyDict(dict):
    def __missing__(self, k): return f"<{k}>"
md = MyDict(a=1); print(md["a"], md["zz"], md.get("zz"), "zz" in md, md)
class OrderedSet:
    def __init__(self, it=()): self._d = dict.fromkeys(it)
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __contains__(self, x): return x in self._d
    def __or__(self, o): return OrderedSet([*self, *o])
    def __and__(self, o): return OrderedSet(x for x in self if x in o)
    def __sub__(self, o): return OrderedSet(x for x in self if x not in o)
    def __repr__(self): return f"OrderedSet({list(self)})"
    def __eq__(self, o): return list(self) == list(o)
os1, os2 = OrderedSet("abcb"), OrderedSet("cdx")
print(os1 | os2, os1 & os2, os1 - os2, len(os1), "a" in os1, os1 == OrderedSet("abc"))
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    def __format__(self, spec):
        if spec.endswith("F"): return format(self.f, spec[:-1]) + "°F"
        return format(self._c, spec) + "°C"
t = Temp(100); print(f"{t:.1f}", f"{t:.0F}", format(t, ""), "{:5.1F}".format(t)); t.f = 32; print(t._c)
class Money:
    def __init__(self, cents): self.cents = cents
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self): return f"Money({self.cents})"
    def __bool__(self): return self.cents != 0
    def __round__(self, n=None): return Money(round(self.cents, -2))
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
print(Money(1234), [Money(5)], str(Money(7)), bool(Money(0)), round(Money(1250)), round(Money(1350)), int(Money(999)), float(Money(150)), "%s|%r|%d|%.1f" % (Money(1), Money(2), Money(300), Money(250)))
