# NotImplementedError raised by an abstract-style method, uncaught.
class Shape:
    def area(self):
        raise NotImplementedError("area() not implemented for " + type(self).__name__)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for shape in [Square(2), Square(3), Shape()]:
    print(shape.area())
