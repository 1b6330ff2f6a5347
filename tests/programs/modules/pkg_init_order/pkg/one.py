# Submodule one records itself in the package.
from . import loaded
print("pkg.one runs")
loaded.append("one")
