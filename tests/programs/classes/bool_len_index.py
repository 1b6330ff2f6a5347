# __bool__, __len__ truth fallback, __index__ in slicing, range, bin.
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Flag(True)), bool(Flag(False)), bool(Sized(0)), bool(Sized(3)))
print("yes" if Sized(1) else "no", not Flag(False))
class Nothing:
    pass
print(bool(Nothing()))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(7):Idx(2)], list(range(Idx(4))))
print(bin(Idx(5)), hex(Idx(255)), "ab" * Idx(3), operator_index := Idx(7).__index__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
