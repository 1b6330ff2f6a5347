# Decorators: functools.wraps, parameterized, class-based, on methods.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    """add two"""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(times):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(times)]
        return w
    return deco
@repeat(3)
def shout(s):
    return s.upper()
print(shout("hey"))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.n)
class Service:
    def __repr__(self):
        return "Service()"
    @trace
    def run(self, x):
        return x * 2
Service().run(21)
