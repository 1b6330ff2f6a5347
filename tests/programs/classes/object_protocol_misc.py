# object defaults: __eq__ by identity, __ne__ derived, __class__, type checks.
class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", None)
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
print(type(a1) is A, type(A) is type, type(type) is type, type(object) is type)
print(object.__name__, A.__bases__ == (object,), object.__bases__)
print(isinstance(A, type), isinstance(a1, type), issubclass(type, object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str(type(a1)) == "<class '__main__.A'>", repr(int), repr(type(None)))
print(A.__doc__, type(len).__name__, type(print).__name__)
