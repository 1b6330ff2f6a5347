# SPDX-License-Identifier: MIT
# Exception flow: bare raise, finally overriding, continue/break in finally, __exit__ raising, explicit causes, raising non-exceptions.
def t1():
    try:
        raise
    except RuntimeError as e:
        return f"RuntimeError {e}"
print(t1())
def t2():
    try:
        try:
            raise ValueError("a")
        finally:
            raise KeyError("b")
    except KeyError as e:
        return f"{e!r} ctx={e.__context__!r}"
print(t2())
def t3():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2: continue
            break
    return "loop done", i
print(t3())
class Exit:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
def t4():
    try:
        with Exit():
            raise ValueError("body")
    except TypeError as e:
        return f"{e} ctx={e.__context__!r}"
print(t4())
def t5():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise
        except ValueError as again:
            return f"re-raised {again}"
print(t5())
def t6():
    e1 = ValueError("stored")
    try:
        raise e1
    except ValueError:
        pass
    try:
        raise e1 from KeyError("k")
    except ValueError as e:
        return e is e1, repr(e.__cause__), e.__suppress_context__
print(t6())
def t7():
    try:
        raise TypeError("t")
    except (ValueError, TypeError) as e:
        try:
            raise ValueError("v") from e
        except ValueError as v:
            return repr(v.__cause__), v.__cause__ is e, repr(v.__context__)
print(t7())
def t8():
    try:
        raise StopIteration(5)
    except StopIteration as s:
        return s.value, s.args
print(t8())
def t9():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb is not None, type(tb).__name__
print(t9())
def t10():
    try:
        raise Exception("a", 1, [2])
    except Exception as e:
        return str(e), repr(e), e.args
print(t10())
def t11():
    class MyErr(Exception):
        def __init__(self, msg, *, code=0):
            super().__init__(msg)
            self.code = code
    try:
        raise MyErr("m", code=7)
    except MyErr as e:
        return str(e), e.code, repr(e), e.args
print(t11())
def t12():
    try:
        raise ValueError
    except ValueError as e:
        return repr(e), str(e), e.args
print(t12())
def t13():
    log = []
    def f():
        try:
            log.append("try")
            return "ret"
        finally:
            log.append("finally")
    r = f()
    return r, log
print(t13())
def t14():
    try:
        raise BaseException("base")
    except Exception:
        return "caught as Exception"
    except BaseException as e:
        return "caught as BaseException " + str(e)
print(t14())
def t15():
    errors = []
    for exc in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, NameError, OSError, NotImplementedError]:
        try:
            raise exc("msg")
        except (LookupError, ArithmeticError) as e:
            errors.append(("lookup/arith", type(e).__name__))
        except Exception as e:
            errors.append(("other", type(e).__name__))
    return errors
print(t15())
def t16():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise e
    except ValueError as e2:
        return e2.__context__ is None
print(t16())
def t17():
    e = KeyError("x")
    e.__cause__ = ValueError("manual")
    return e.__suppress_context__, repr(e.__cause__)
print(t17())
try:
    raise ValueError("final") from TypeError("cause")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
def t18():
    try:
        raise 5
    except TypeError as e:
        return str(e)
print(t18())
def t19():
    try:
        raise ValueError from 5
    except TypeError as e:
        return str(e)

def t20():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError as e:
        return [type(x).__name__ for x in (e, e.__context__)]
print(t20())
