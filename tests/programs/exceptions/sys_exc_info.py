# sys.exc_info inside and outside handlers; exception restored after handler.
import sys
print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return sys.exc_info()[1] is e
print(f(), sys.exc_info()[0])
