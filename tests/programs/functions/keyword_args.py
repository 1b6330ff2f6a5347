# Keyword arguments and errors: duplicates, unexpected, missing.
def f(a, b, c=3):
    return a, b, c
print(f(1, 2), f(b=2, a=1), f(1, c=0, b=5))
cases = [
    lambda: f(1, a=1),
    lambda: f(1, 2, d=4),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
def g(**kw):
    return sorted(kw)
print(g(z=1, y=2, **{"x": 3}))
def h(a, **rest):
    return a, rest
print(h(a=1, b=2), h(1, c=3))
