# Importing a module that does not exist, guarded: ModuleNotFoundError at run
# time.  (An unguarded import of a missing module is a freeze-time error in
# xenlet, by design: tests/test_freeze_cli.py covers it.)
import math
print(math.sqrt(16))
try:
    import not_a_real_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from not_a_real_pkg.sub import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
print("now importing at top level")
try:
    import not_a_real_module_abc
except BaseException:
    raise
