# SPDX-License-Identifier: MIT
# Custom exceptions, chaining (__cause__/__context__), finally/else flow, context managers that swallow, common error texts.
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
def find(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(f"missing {k}", 404) from e
try:
    find({}, 'x')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("bad")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try: [][1]
    except IndexError: raise RuntimeError("x") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
gg = gen()
for x in gg:
    print(x); break
gg.close()
print(KeyError('a'), str(KeyError('a')), repr(KeyError('a', 'b')), str(KeyError()), str(ValueError('a', 2)))
e = OSError(2, 'No such file'); print(e.errno, e.strerror, str(e), type(e).__name__)
print(str(FileNotFoundError(2, 'nf', 'path.txt')), isinstance(FileNotFoundError(), OSError))
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            print('body', i)
        finally:
            print('fin', i)
g()
def h():
    try:
        raise ValueError
    except ValueError:
        return 'caught'
    else:
        return 'else'
    finally:
        print('h fin')
print(h())
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, v)
        return t is KeyError
with Ctx() as c:
    raise KeyError('k')
print('after')
try:
    with Ctx():
        raise TypeError('tt')
except TypeError as e:
    print('got', e)
errs = []
for exc in (ZeroDivisionError, OverflowError, ArithmeticError, LookupError, UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError, TimeoutError, ConnectionResetError):
    errs.append((exc.__name__, exc.__mro__[1].__name__))
print(errs)
try:
    int('abc')
except ValueError as e: print(e)
try: float('x1')
except ValueError as e: print(e)
try: [1,2].index(5)
except ValueError as e: print(e)
try: {}['q']
except KeyError as e: print(repr(e))
try: 'abc' + 1
except TypeError as e: print(e)
try: 1 + 'a'
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: nothing = None; nothing()
except TypeError as e: print(e)
try: (1,2)[5]
except IndexError as e: print(e)
try: 'abc'[10]
except IndexError as e: print(e)
try: x = 1; x.foo
except AttributeError as e: print(e)
try: undefined_name_q
except NameError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: set().pop()
except KeyError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: 1 / 0.0
except ZeroDivisionError as e: print(e)
try: 5 % 0
except ZeroDivisionError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: sorted([1, 'a'])
except TypeError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: 'a' * 'b'
except TypeError as e: print(e)
try: def_f = lambda x: x; def_f(1, 2)
except TypeError as e: print(e)
def kw(a, *, b): pass
try: kw(1, 2)
except TypeError as e: print(e)
try: kw(1)
except TypeError as e: print(e)
try: kw(1, b=2, c=3)
except TypeError as e: print(e)
import math
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.log(0)
except ValueError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: iter(5)
except TypeError as e: print(e)
try: next(iter([]))
except StopIteration as e: print(repr(e))
