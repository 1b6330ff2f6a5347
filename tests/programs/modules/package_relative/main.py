# Packages with __init__.py, relative imports, subpackages, module names.
import shapes
from shapes import Circle, Square
from shapes.util import geometry
from shapes.util.geometry import parent_name
print(Circle(2).area(), Square(3).area(), shapes.VERSION)
print(shapes.util.NAME, geometry.PI, parent_name())
print(shapes.__name__, shapes.circle.__name__, geometry.__name__)
print(shapes.__all__, hasattr(shapes, "square"))
import shapes.square as sq
print(sq.Square(1.5).area(), sq is shapes.square)
