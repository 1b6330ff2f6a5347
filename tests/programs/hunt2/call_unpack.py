# SPDX-License-Identifier: MIT
# Calls and unpacking: positional-only/keyword-only parameters, call errors of user functions and builtins, star assignment and displays.
def f(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(1, c=9, d=0), f(*[1, 2], **{"d": 1, "b": 5}))
tests = [lambda: f(), lambda: f(1), lambda: f(a=1, d=2), lambda: f(1, 2, 3, c=4, d=5), lambda: f(1, d=1, d2=2, **{"e": 1, "e2": 2}),
         lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: (lambda *, k: k)(1), lambda: (lambda: 0)(x=1),
         lambda: dict(1), lambda: max(), lambda: max([]), lambda: min(1),
         lambda: (lambda a, b, c: 0)(1), lambda: (lambda a, b, c: 0)(1, c=2), lambda: (lambda a, /, b: 0)(a=1, b=2), lambda: isinstance(1, 1),
         lambda: issubclass(1, int), lambda: hasattr(1, 2), lambda: "x".join([1]), lambda: sum(["a"]), lambda: sum([[1]]), lambda: round("x"), lambda: abs("x"),
         lambda: -"x", lambda: ~1.5, lambda: [].index(1), lambda: (1,).index(2), lambda: "abc".index("z"), lambda: [1, 2].remove(3), lambda: {}.popitem(), lambda: set().pop(),
         lambda: iter(5), lambda: next(iter([])), lambda: next(5), lambda n=5: n(), lambda: "x"[5], lambda: [][0], lambda: ()[-1], lambda: {}["k"], lambda i=1.0: [1][i], lambda k="x": "a"[k],
         lambda: None.x, lambda: (1).x, lambda: int.nope, lambda: setattr(1, "x", 2), lambda: object().x, lambda: delattr(object(), "y"), lambda: [].x, lambda: type("X", (), {})().y]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
def g(x, *, y): pass
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__, f.__name__, f.__qualname__, (lambda: 0).__name__, f.__code__.co_argcount if hasattr(f, "__code__") else 3)
def annotated(a: int, b: "str" = "x") -> list: pass
print(annotated.__annotations__)
def counter():
    counter.calls += 1; return counter.calls
counter.calls = 0; counter(); counter(); print(counter.calls, counter.__dict__)
def kwonly(*, a=1, b): return a, b
print(kwonly(b=2), kwonly(b=1, a=0))
first, *middle, last = range(6); print(first, middle, last)
(a, b), c = "xy", 3; print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]; print(x, y, z)
a, *b = "q"; print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("VE", e)
try:
    a, b, c = [1]
except ValueError as e:
    print("VE", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("VE", e)
try:
    a, b = 5
except TypeError as e:
    print("TE", e)
print(*[1, 2], *"ab", sep="-", end="!\n")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(2), *{5: 0}], (*"ab",), {*(1, 2), 3})
