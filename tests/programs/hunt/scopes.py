# SPDX-License-Identifier: MIT
# Scoping (nonlocal, global, class bodies, closures in loops), decorators, argument kinds, unpacking, walrus, slicing, for/while else.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        nonlocal x
        x = 'modified'
        return x
    inner(); return x
print(outer(), x)
def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = counter_factory(); inc(); inc(5); print(get())
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]; print([f() for f in fs2])
class K:
    y = 10
    vals = [y * 2 for _ in range(2)] if False else None
    z = [i for i in range(y)]
    def m(self): return y if False else K.y
print(K.z[-1], K().m())
def deco(tag):
    def wrap(fn):
        def inner(*a, **kw):
            return f'<{tag}>{fn(*a, **kw)}</{tag}>'
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco('b')
@deco('i')
def hello(name, punct='!'): return f'hi {name}{punct}'
print(hello('bo'), hello('x', punct='?'), hello.__name__)
def pos_only(a, b, /, c, *, d=4, **kw): return (a, b, c, d, kw)
print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=5, e=6), pos_only(1, 2, 3, b=9))
try: pos_only(a=1, b=2, c=3)
except TypeError as e: print(e)
def star(*args, sep='-', **kw): return sep.join(map(str, args)) + str(sorted(kw))
print(star(1, 2, 3), star(*[4, 5], sep='+', **{'z': 1, 'a': 2}), star())
a, *rest = [1, 2, 3, 4]; *init, last = 'abc'; (p, q), r = (1, 2), 3; print(a, rest, init, last, p, q, r)
first, *mid, end = range(5); print(first, mid, end, [*range(3), *'ab'], {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1], 2))
if (n := len('hello')) > 3: print('walrus', n)
data = [1, 5, 2, 8]; print([y for x in data if (y := x * 2) > 4], y)
total = 0
def add_global(v):
    global total
    total += v
add_global(5); add_global(7); print(total)
def gen_defaults(l=[]):
    l.append(1); return len(l)
print(gen_defaults(), gen_defaults(), gen_defaults([]))
def rec_closure(n):
    def fact(k): return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(rec_closure(10))
def kwonly_defaults(*, a=1, b): return a + b
print(kwonly_defaults(b=2), kwonly_defaults.__kwdefaults__, pos_only.__defaults__, hello.__doc__)
def annotated(x: int, y: 'str' = 'a') -> list: return []
print(sorted(annotated.__annotations__.items(), key=str) if False else list(annotated.__annotations__))
matrix = [[1, 2, 3], [4, 5, 6]]; print([[row[i] for row in matrix] for i in range(3)], list(zip(*matrix)), [c for row in matrix for c in row if c % 2])
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)}, dict.fromkeys('ab', 0), sorted({(1, 2), (0, 5)}))
def make_adders(): return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def f_with_doc():
    """Docstring here."""
    return f_with_doc.__doc__
print(f_with_doc(), f_with_doc.__name__, f_with_doc.__qualname__, counter_factory.__code__.co_name if hasattr(counter_factory, '__code__') else 'counter_factory')
lst = [3, 1, 2]; lst.sort(key=lambda v: -v); print(lst, sorted('bca'), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2], [1, 5], [1]]))
i = 0
while True:
    i += 1
    if i > 5: break
else:
    print('never')
for j in range(3): pass
else: print('for-else', j)
try: pass
except: pass
else: print('try-else')
print(type(lambda: 0).__name__, (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
x1 = [1, 2, 3]; x1[1:2] = ['a', 'b', 'c']; print(x1); del x1[::2]; print(x1); x1[::-1] = x1[:] ; print(x1)
y1 = list(range(10)); y1[2:8:3] = [0, 0]; print(y1, y1[-3:-1], y1[::-2])
print(1 < 2 < 3 > 2, 1 == 1.0 == True, 'a' in 'abc' in 'xabcx', None is not None, list() is not list())
print(0 or '' or [] or 'last', 1 and 2 and 3, 0 and 1/0, True + True, -True, ~False, 3 if 0 else 4)
