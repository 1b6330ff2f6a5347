# Generator expressions: first iterable evaluated eagerly, rest lazily.
def src(tag, items):
    print("evaluate", tag)
    return items
g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10, 20]))
print("created")
print(list(g))
n = 10
gen = (n * i for i in range(3))
n = 100
print(list(gen))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
