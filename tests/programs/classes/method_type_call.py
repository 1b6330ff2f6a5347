# types.MethodType-style construction of bound methods, and built-in
# types that cannot be instantiated (a TypeError, not a hang).
class C:
    def m(self):
        return self
M = type(C().m)
b = M(len, [1, 2])
print("after", b(), b.__self__, b.__func__ is len, b == M(len, b.__self__))
class D:
    x = 5
def getx(self, add=0): return self.x + add
bm = M(getx, D())
print(bm(), bm(add=2))
for bad in [lambda: M(len), lambda: M(1, 2), lambda: M(len, None), lambda: M(len, 1, 2)]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
def gen(): yield 1
for t in [type(gen()), type(iter([])), type(iter(range(3))), type({}.items())]:
    try: t()
    except TypeError as e: print("TypeError:", e)
