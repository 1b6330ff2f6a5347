# Rich comparisons, NotImplemented fallbacks and reflection.
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
print(Version("1.0") == "1.0")
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __eq__(self, o):
        print("Loud.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print("Loud.__gt__")
        return True
print(3 < Loud())
print(Loud() == Loud())
