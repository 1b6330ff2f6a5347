# Package init: re-exports from submodules through relative imports.
from .circle import Circle
from .square import Square
from . import util
__all__ = ["Circle", "Square"]
VERSION = "1.0"
