# metaclass=type, type() with 3 args, and a custom metaclass.
class Plain(metaclass=type):
    x = 1
print(type(Plain).__name__, Plain.x)
Dyn = type("Dyn", (Plain,), {"y": 2, "double": lambda self: self.y * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.y, d.double(), [c.__name__ for c in Dyn.__mro__])
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.made_by_meta = True
        return obj
class Base(metaclass=Registry):
    pass
class Leaf(Base):
    tag = "custom"
print(Registry.classes, Base.tag, Leaf.tag, type(Leaf).__name__)
print(Leaf().made_by_meta, isinstance(Leaf, Registry))
class Meta2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta2>"
class Shown(metaclass=Meta2):
    pass
print(repr(Shown), type(type).__name__, isinstance(type, type))
