# SPDX-License-Identifier: MIT
# Custom exceptions and chaining (__cause__/__context__/__suppress_context__), finally control flow, context managers and contextlib helpers.
import contextlib, sys
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self): return f"{self.field}: {self.problem}"
class NotFound(LookupError): pass
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(f"no {k}") from e
try:
    lookup({}, "x")
except LookupError as e:
    print(type(e).__name__, e, repr(e), type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise ValidationError("age", "negative")
except ValidationError as e:
    print(e, e.args, repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("x") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("k")), str(KeyError()), repr(KeyError("k")), str(Exception("")), ValueError("a") == ValueError("a"), ValueError("x").args)
e = OSError(2, "nofile"); print(e.errno, e.strerror, str(e), type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__, isinstance(FileNotFoundError(), OSError), str(OSError("plain")), str(OSError(1, "a", "f.txt")))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(f(), g(), h())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no")
    finally:
        print("outer finally")
nested()
def exc_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    try:
        err
    except NameError as ne:
        print("NameError after except:", "err" in str(ne))
exc_var_cleared()
@contextlib.contextmanager
def managed(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("cm handled", e)
    finally:
        print("close", name)
with managed("a") as a:
    print("body", a)
with managed("b"):
    raise KeyError("kk")
try:
    with managed("c"):
        raise ValueError("vv")
except ValueError as e:
    print("propagated", e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return et is TypeError
with Res(1) as r1, Res(2) as r2:
    print("both", r1.n, r2.n)
with Res(3):
    raise TypeError("swallowed by exit")
with contextlib.ExitStack() as st:
    for i in range(3):
        st.enter_context(Res(10 + i))
    st.callback(print, "callback ran")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as v:
    print("null", v)
try:
    raise ExceptionGroup if False else ValueError("x")
except (TypeError, ValueError) as e:
    print("tuple catch", type(e).__name__)
class Boom(Exception):
    pass
def raiser(n):
    if n == 0: raise Boom("bottom")
    raiser(n - 1)
try:
    raiser(50)
except Boom as b:
    print("deep", b, b.__traceback__ is not None)
try:
    raise Boom
except Boom as b:
    print(repr(b), b.args)
err = None
try:
    [].pop()
except IndexError as e:
    err = e
print(err, type(err).__name__, err.with_traceback(None) is err)
print(sys.exc_info()[0])
try:
    raise ValueError("ctx")
except ValueError:
    print(sys.exc_info()[0].__name__, str(sys.exc_info()[1]))
