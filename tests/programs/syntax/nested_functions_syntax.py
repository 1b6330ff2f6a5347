# Decorators with arguments, stacked decorators and class decorators.
def tag(name):
    def deco(fn):
        def wrapper(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def hello(who):
    return "hi " + who
print(hello("bob"))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B: pass
print(registry)

def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
