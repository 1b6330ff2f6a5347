# A service module importing from a sibling subpackage via `..`.
from ..core import make_user
from .. import VERSION
def login(name):
    u = make_user(name)
    return f"{u!r} logged in (v{'.'.join(map(str, VERSION))})"
