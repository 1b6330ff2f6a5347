# __slots__: restricted attributes; vars(), dir() on own classes.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    kind = "q"
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
q = Q()
print(vars(q), [n for n in dir(q) if not n.startswith("__")])
print([n for n in dir(Q) if not n.startswith("__")])
q.__dict__["c"] = 3
print(q.c, sorted(vars(q)))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
