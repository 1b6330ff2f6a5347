# Zero-argument super() in __init__, methods, classmethods and cooperative chains.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
    @classmethod
    def create(cls):
        return cls()
    def describe(self):
        return "base"
class Mixin:
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Mixin")
    def describe(self):
        return "mixin+" + super().describe()
class Child(Mixin, Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Child")
    @classmethod
    def create(cls):
        obj = super().create()
        obj.log.append("created")
        return obj
    def describe(self):
        return "child+" + super().describe()
c = Child(a=1)
print(c.log, c.extra)
print(c.describe())
print(Child.create().log)
print(super(Child, c).describe(), super(Mixin, c).describe())
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Str("abc"), type(Str("x")).__name__)
