# super() forms: zero-arg, two-arg, in classmethod, and attribute lookup through super.
class A:
    x = "A.x"
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
class B(A):
    x = "B.x"
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    def get_x(self):
        return super().x
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(B().f(), C().f(), B.c(), C.c(), B().get_x())
print(super(C, C()).f(), super(B, C).c())
try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)
