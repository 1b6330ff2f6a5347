# with statements with contextlib helpers and exceptions.
from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ZeroDivisionError:
        print("handled division inside", name)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    1 / 0
print("after b")
try:
    with tag("c"):
        raise KeyError("k")
except KeyError:
    print("KeyError escaped c")
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with tag("outer"), tag("inner"):
    print("both")
