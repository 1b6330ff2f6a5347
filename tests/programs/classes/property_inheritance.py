# Properties and class attributes overridden in subclasses; super() with properties.
class Base:
    kind = "base"
    def __init__(self, v):
        self._v = v
    @property
    def value(self):
        return self._v
    @property
    def label(self):
        return f"{self.kind}:{self.value}"
class Doubled(Base):
    kind = "doubled"
    @property
    def value(self):
        return super().value * 2
class Settable(Base):
    @Base.value.setter
    def value(self, v):
        self._v = v
items = [Base(5), Doubled(5), Settable(5)]
print([i.value for i in items], [i.label for i in items])
s = items[2]
s.value = 9
print(s.value, s.label)
try:
    items[0].value = 1
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Base.value, property), Doubled.value is not Base.value, Settable.value.fset is not None)
