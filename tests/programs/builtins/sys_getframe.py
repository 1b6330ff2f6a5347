# sys._getframe and the frames of tracebacks: code, line, globals, f_back.
# (Lines are read where the frame is taken: xenlet's frame objects are
# snapshots, see docs/differences.md.)
import sys


def where(depth=1):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"]


def caller():
    return where()


print(caller(), where(0)[0])
f = sys._getframe(); print(f.f_back, f.f_code.co_name, f.f_lineno)


def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def outer():
    return chain()


print(outer())
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)


def fails():
    raise KeyError("k")


try:
    fails()
except KeyError as e:
    tb = e.__traceback__.tb_next
    fr = tb.tb_frame
    print(fr.f_globals is globals(), fr.f_code.co_name, fr.f_lineno == tb.tb_lineno, tb.tb_lineno)


class K:
    line = sys._getframe().f_lineno
    name = sys._getframe().f_code.co_name


print(K.line, K.name)
g = (sys._getframe().f_code.co_name for _ in range(1))
print(next(g), sys._getframe(0).f_code.co_filename == __file__ or "relative")
