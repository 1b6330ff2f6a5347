# raise with class vs instance, re-raise in except, raise in finally, errors of raise.
def a():
    raise ValueError
def b():
    raise ValueError()
def c():
    raise ValueError("msg")
for f in (a, b, c):
    try:
        f()
    except ValueError as e:
        print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    try:
        raise KeyError("a")
    finally:
        print("finally sees exception")
except KeyError:
    print("propagated after finally")
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
