# SPDX-License-Identifier: MIT
# Operator overloading: reflected and in-place operators, NotImplemented fallbacks, __index__, slicing keys, comparisons without reflection.
class V:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"V{tuple(self.c)}"
    def __add__(self, o):
        if isinstance(o, V): return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)): return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("radd", o); return self + o
    def __iadd__(self, o):
        if isinstance(o, V):
            self.c = [a + b for a, b in zip(self.c, o.c)]; return self
        return NotImplemented
    def __mul__(self, k): return V(*[a * k for a in self.c]) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __truediv__(self, k): return V(*[a / k for a in self.c])
    def __floordiv__(self, k): return V(*[a // k for a in self.c])
    def __mod__(self, k): return V(*[a % k for a in self.c])
    def __pow__(self, k, mod=None): return V(*[pow(a, k, mod) for a in self.c])
    def __rpow__(self, b): return V(*[b ** a for a in self.c])
    def __lshift__(self, k): return V(*(self.c[k:] + self.c[:k]))
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __invert__(self): return V(*self.c[::-1])
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, sum([a, b], V(0, 0)), 3 * a, a * 2, a @ b, -a, +a, abs(V(3, 4)), a == V(1, 2), a != b, a < b, a > b, a <= b if hasattr(V, "__le__") and False else "x")
print(bool(V(0, 0)), len(a), a[1], list(a), a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 3), 2 ** a, a << 1, a & 1, 1 & a, ~a)
c = a; c += b; print(c, a, c is a)
c = a; c += 5; print(c, a, c is a)
try:
    a - b
except TypeError as e:
    print("TE", e)
try:
    a <= b
except TypeError as e:
    print("TE", e)
class Sub(V):
    def __radd__(self, o): return "Sub.radd wins"
    def __rsub__(self, o): return "rsub"
print(V(1) + Sub(2), 5 - Sub(1))
class M:
    def __eq__(self, o): print("M.eq"); return NotImplemented
    def __ne__(self, o): return NotImplemented
m1, m2 = M(), M()
print(m1 == m2, m1 != m2, m1 == m1, m1 == 3)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 100
    def __float__(self): return 1.5
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), "abc"[Num(0):Num(2)], int(Num(1)), float(Num(1)), range(Num(3)), (5).__add__(1.0), (5).__radd__(1), (1.5).__rfloordiv__(4))
class R:
    def __init__(self): self.log = []
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): self.log.append((k, v))
    def __delitem__(self, k): self.log.append(("del", k))
r = R(); r[1:2] = 5; r[1, 2] = 6; r[...] = 7; del r[::2]
print(r[1:2], r[1, 2:3], r[...], r[:], r.log)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(3), Cmp(1)), Cmp(2) > Cmp(1))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TE", e)
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __ior__(self, o): self.items.append(("or", o)); return self
    def __imul__(self, o): return "replaced"
x = IAdd(); x += 1; x |= 2; print(x.items); x *= 3; print(x)
lst = [1]; t = (lst,); t[0] += [2]; print(t) if False else None
try:
    t[0] += [2]
except TypeError as e:
    print("TE", e, t)
