# from module import * with and without __all__.
from lib import *
from nolist import *
print(public(), CONST, visible(), number)
for name in ("also_public_but_hidden", "_secret", "_hidden"):
    print(name, name in globals())
import lib
print(lib.also_public_but_hidden(), lib._secret)
