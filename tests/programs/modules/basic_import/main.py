# import / from-import of a sibling module; module executed once; attributes.
import helpers
import helpers as h2
from helpers import greet, GREETING
print(helpers.greet("a"), greet("b"), h2 is helpers)
print(helpers.calls, GREETING, helpers._private())
import helpers
print(helpers.calls)
import sys
print("helpers" in sys.modules, sys.modules["helpers"] is helpers)
print(__name__, helpers.__name__)
print(sorted(n for n in dir(helpers) if not n.startswith("__")))
helpers.GREETING = "hi"
print(greet("c"), GREETING)
