# Importing a module that does not exist: ModuleNotFoundError, uncaught.
import math
print(math.sqrt(16))
try:
    import not_a_real_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
print("now importing at top level")
import not_a_real_module_abc
