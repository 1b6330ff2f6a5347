# Class-level constants, iteration over class attributes, nested classes.
class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
    class Meta:
        ordering = "name"
    @classmethod
    def names(cls):
        return [k for k, v in vars(cls).items() if isinstance(v, int)]
    @classmethod
    def lookup(cls, value):
        for k in cls.names():
            if getattr(cls, k) == value:
                return k
        raise ValueError(f"{value} is not a valid Color")
print(Color.names(), Color.lookup(2), Color.Meta.ordering)
try:
    Color.lookup(9)
except ValueError as e:
    print("ValueError:", e)
print(Color.Meta.__qualname__)
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Outer().make().hello(), type(Outer().make()).__qualname__)
