# Bound methods: identity, equality, storing and calling later.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
f(); f(5)
print(c.n)
print(c.inc == c.inc, c.inc.__self__ is c, c.inc.__func__ is Counter.inc)
print(type(c.inc).__name__, type(Counter.inc).__name__)
ops = [c.inc, Counter().inc]
print([op(2) for op in ops])
class Fn:
    def __init__(self):
        self.attr_fn = lambda: "instance function, not bound"
print(Fn().attr_fn())
Counter.dec = lambda self: self.inc(-1)
print(c.dec())
