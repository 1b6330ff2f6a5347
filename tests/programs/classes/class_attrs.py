# Class attributes, __dict__, shadowing, class body execution, __class__.
class Config:
    defaults = {"debug": False}
    items = []
    print("class body runs once")
    def add(self, x):
        self.items.append(x)
c1, c2 = Config(), Config()
c1.add(1)
c2.add(2)
print(Config.items, c1.items is c2.items)
c1.items = ["own"]
print(c1.items, c2.items)
print("defaults" in Config.__dict__, "add" in Config.__dict__)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print(c1.__class__ is Config, c1.__class__.__name__)
setattr(Config, "late", 5)
print(c2.late)
del Config.late
print(hasattr(c2, "late"))
class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
print([s().describe() for s in (Shape, Triangle, Square)])
