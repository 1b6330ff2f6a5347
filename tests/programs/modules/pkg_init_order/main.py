# Package __init__ runs before submodules; each module body runs once.
print("main starts")
import pkg.two
import pkg.one
import pkg
print(pkg.loaded)
print(hasattr(pkg, "one"), hasattr(pkg, "two"))
