# A module with __all__ controlling `from lib import *`.
__all__ = ["public", "CONST"]
CONST = 99
def public():
    return "public"
def also_public_but_hidden():
    return "hidden"
_secret = 1
