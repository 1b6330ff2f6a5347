# __hash__ and __eq__: dict keys, sets, unhashable classes.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Ident:
    pass
a = Ident()
print({a: 1}[a], hash(a) == hash(a))
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(5), hash(-1), hash(0))
