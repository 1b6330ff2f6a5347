# SPDX-License-Identifier: MIT
# Introspection: vars, dir, callable, isinstance with nested tuples, type() with three arguments, locals/globals, bound method attributes.
class A:
    cls_attr = 1
    def __init__(self): self.x = 1; self._y = 2
    def meth(self): pass
a = A()
print(vars(a), a.__dict__, sorted(k for k in A.__dict__ if not k.startswith("__")), [n for n in dir(a) if not n.startswith("__")], "meth" in dir(A))
print(callable(a), callable(A), callable(a.meth), callable(len), callable(5), isinstance(1, (str, (int, float))), issubclass(bool, (str, int)), isinstance(A, type), isinstance(type, object), isinstance(object, type))
B = type("B", (A,), {"extra": lambda self: "extra!", "n": 5})
b = B(); print(B.__name__, B.__bases__[0].__name__, b.extra(), b.n, b.x, isinstance(b, A), B.__qualname__, B.__module__)
def f(): 
    loc = 1; other = "x"
    return sorted(locals())
print(f(), "f" in globals(), globals()["A"] is A, __name__, type(__builtins__).__name__ in ("module", "dict"))
print("{name} is {age}".format_map({"name": "bo", "age": 3}), "{0.x}-{0._y}".format(a), getattr(a, "nope", None), hasattr(A, "meth"), setattr(a, "z", 9) or a.z, delattr(a, "z") or hasattr(a, "z"))
class Default(dict):
    def __missing__(self, k): return "{" + k + "}"
print("{a} and {b}".format_map(Default(a=1)))
print(type(a.meth).__name__, a.meth.__self__ is a, a.meth.__func__ is A.meth, A.meth.__name__, A.meth.__qualname__, a.meth == a.meth, a.meth is a.meth)
print(int.__name__, int.__qualname__, A.__init__.__qualname__, type(A.__init__).__name__, type(a.__init__).__name__, type(A.__dict__["meth"]).__name__)
class S:
    @staticmethod
    def st(): return "st"
    @classmethod
    def cm(cls): return cls.__name__
print(type(S.__dict__["st"]).__name__, type(S.__dict__["cm"]).__name__, S.st(), S().cm(), type(S.cm).__name__, S.cm.__self__ is S, S.__dict__["st"].__func__())
print(sorted(vars(S).keys() - {"__module__", "__dict__", "__weakref__", "__doc__", "__qualname__"}))
print(id(a) == id(a), a is not b, hash(a) == hash(a), type(hash(a)).__name__)
print(dir(5)[:3], "bit_length" in dir(int), "__add__" in dir(5), sorted(set(dir([])) & {"append", "sort", "copy"}))
import sys
print(type(sys.modules).__name__, "__main__" in sys.modules, sys.modules["__main__"].__name__ if "__main__" in sys.modules else "", sys.argv[0], len(sys.argv), sys.byteorder, sys.maxsize)
