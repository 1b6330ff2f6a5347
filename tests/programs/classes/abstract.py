# abc.ABC and abstractmethod: instantiation errors, concrete subclasses.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Rect(2, 3).describe())
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Rect(1, 1), Shape), sorted(Shape.__abstractmethods__))
