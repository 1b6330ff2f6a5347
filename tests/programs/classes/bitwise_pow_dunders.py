# __and__/__or__/__xor__/__lshift__/__rshift__/__invert__/__pow__/__matmul__.
class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Bits({self.v:#06b})"
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v & 0xF)
    def __pow__(self, n, mod=None): return Bits(pow(self.v, n, mod))
    def __rpow__(self, base): return Bits(base ** self.v)
    def __ior__(self, o):
        self.v |= o.v
        return self
a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 1, a >> 2, ~a)
print(a ** 2, pow(a, 2, 10), 2 ** Bits(3))
a |= Bits(1)
print(a)
class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return Mat([[sum(x * y for x, y in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self):
        return f"Mat({self.rows})"
m = Mat([[1, 2], [3, 4]])
print(m @ m)
m @= Mat([[0, 1], [1, 0]])
print(m)
