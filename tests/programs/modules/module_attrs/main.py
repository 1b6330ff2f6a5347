# Module objects: __doc__, __name__, attribute assignment seen by functions.
import consts
print(consts.__doc__, consts.__name__, type(consts).__name__)
print(consts.scale(3))
consts.SCALE = 100
print(consts.scale(3))
consts.new_attr = "added"
print(consts.new_attr, hasattr(consts, "missing"))
print(getattr(consts, "SCALE"), "scale" in vars(consts))
try:
    consts.nope
except AttributeError as e:
    print("AttributeError:", e)
