# raise ... from, __cause__, __context__, __suppress_context__.
class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e
try:
    load("b")
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__context__
    return n
try:
    try:
        try:
            raise A
        except NameError:
            raise B
    except NameError:
        raise KeyError("c")
except KeyError as e:
    print(chain_depth(e))
