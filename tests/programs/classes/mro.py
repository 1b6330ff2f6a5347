# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__])
class K1(X, Y): pass
class K2(Y, X): pass
try:
    class Bad(K1, K2): pass
except TypeError as e:
    print(type(e).__name__, "consistent method resolution" in " ".join(str(e).split()))
print(issubclass(D, A), issubclass(A, D), D.__bases__ == (B, C))
print([b.__name__ for b in D.__bases__])
