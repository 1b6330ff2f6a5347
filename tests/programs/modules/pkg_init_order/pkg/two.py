# Submodule two imports one first.
from . import one
from . import loaded
print("pkg.two runs")
loaded.append("two")
