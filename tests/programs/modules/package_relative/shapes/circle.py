# Circle uses a sibling subpackage through a relative import.
from .util.geometry import PI, scaled
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return scaled(PI * self.r * self.r)
