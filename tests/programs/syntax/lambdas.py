# lambda expressions: defaults, closures, nesting, in sorts.
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
mul = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in mul])
late = [lambda x: x * i for i in range(4)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(add.__name__, (lambda: 0).__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
