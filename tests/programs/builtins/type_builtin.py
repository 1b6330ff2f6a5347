# type() with one and three arguments; type names; dynamic classes.
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(lambda: 0))
print(type(1).__name__, type(1.0).__name__, type({}).__name__, type(range(1)).__name__)
print(type(iter([])).__name__, type(iter("")).__name__, type(x for x in []).__name__)
def method(self):
    return f"hi from {type(self).__name__}"
Dyn = type("Dyn", (), {"greet": method, "value": 10})
d = Dyn()
print(d.greet(), d.value, Dyn.__name__, Dyn.__bases__)
Child = type("Child", (Dyn,), {"value": 20})
print(Child().greet(), Child().value, [c.__name__ for c in Child.__mro__])
print(type(d) is Dyn, type(d) == Dyn, isinstance(Child(), Dyn))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError raised")
print(type(True) is bool, type(2 ** 100) is int, type(1 / 1) is float)
