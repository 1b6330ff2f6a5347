# A metaclass __setattr__/__delattr__ (enum members cannot be reassigned or deleted).
from enum import Enum
class Color(Enum):
    RED = 1
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
Color.extra = 3
print(Color.RED, Color.extra, list(Color))
class M(type):
    def __setattr__(cls, k, v):
        print("set", k)
        super().__setattr__(k, v)
class K(metaclass=M): pass
K.a = 1
print(K.a)
class N: pass
N.b = 2; print(N.b); del N.b; print(hasattr(N, "b"))
