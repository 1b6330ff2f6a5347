# __repr__, __str__ and __format__ and where each is used.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return format(str(self), spec)
v = V(3, 4)
print(v, repr(v), str(v), [v], (v,), {"k": v})
print(f"{v}", f"{v!r}", f"{v:polar}", f"{v:>12}|", "{:^12}".format(v))
print("%s and %r" % (v, v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), f"{OnlyStr()}")
try:
    format(V(1, 2), "polarx")
except Exception as e:
    print(type(e).__name__)
