# SPDX-License-Identifier: MIT
# Subclasses of str/int/float/tuple/list/dict: result types of operations, custom __new__, __str__ and operators.
class S(str): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
s, i, f = S("ab"), I(5), F(2.5)
print(type(s + "c").__name__, type(s * 2).__name__, type(s[0]).__name__, type(s.strip()).__name__, type(str(s)).__name__, type("".join([s])).__name__, type(f"{s}").__name__, type(s.replace("z", "y")).__name__)
print(type(i + 1).__name__, type(-i).__name__, type(+i).__name__, type(abs(i)).__name__, type(int(i)).__name__, type(i * 1).__name__, type(round(i)).__name__, type(i // 1).__name__, repr(i), str(i), f"{i:03}", type(i.real).__name__)
print(type(f + 1).__name__, type(-f).__name__, type(float(f)).__name__, repr(f), str(f), f"{f:.2f}", type(round(f)).__name__, type(f.real).__name__, f.is_integer())
t = T((1, 2)); l = L([1]); d = D(a=1)
print(type(t + (3,)).__name__, type(t[:1]).__name__, repr(t), type(l + [2]).__name__, type(l * 2).__name__, type(l[:]).__name__, type(l.copy()).__name__, type(d.copy()).__name__, type(d | {}).__name__, repr(d), repr(l))
print("%s %d %r %.1f" % (s, i, s, f), "%s" % T((1,)), "{} {}".format(s, i), s == "ab", hash(s) == hash("ab"), i == 5, {s: 1}["ab"], {"ab": 2}[s], sorted([S("b"), "a"]), max(I(3), 4), isinstance(True, int), type(True + I(1)).__name__)
class Upper(str):
    def __new__(cls, v=""): return super().__new__(cls, v.upper())
    def __repr__(self): return f"Upper({str.__repr__(self)})"
    def __add__(self, o): return Upper(str(self) + str(o))
u = Upper("abc"); print(u, repr(u), u + "def", "x" + u, repr(u + "d"), u.lower(), Upper(), len(Upper("xy")), u[1:], list(u), u.split("B"))
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def __str__(self): return f"{float(self):.1f}°C"
print(Celsius(21.5), [Celsius(0)], Celsius(10) + 5, Celsius(1) < 2)
try:
    Celsius(-300)
except ValueError as e:
    print("VE", e)
class Bits(int):
    def __new__(cls, v, width=8):
        o = super().__new__(cls, v); o.width = width; return o
    def __str__(self): return format(int(self), f"0{self.width}b")
b = Bits(5); print(b, Bits(5, 4), b + 1, b.width, b == 5, str(Bits(255, 10)), int(b), b.bit_length())
class Path(str):
    def __truediv__(self, o): return Path(self.rstrip("/") + "/" + o.lstrip("/"))
    @property
    def name(self): return self.rsplit("/", 1)[-1]
p = Path("/usr") / "lib" / "/python3"; print(p, p.name, type(p).__name__, p.startswith("/usr"), p.upper())
