# Generator state: exhaustion, re-entrancy error, gi_running-free checks, return.
def g3():
    yield 1
    yield 2
    return 3
g = g3()
print(list(g), list(g))
g = g3()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
gen = (x for x in [1])
print(next(gen), next(gen, "exhausted"))
