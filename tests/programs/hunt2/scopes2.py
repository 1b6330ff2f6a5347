# SPDX-License-Identifier: MIT
# Scoping: class bodies and comprehensions, nonlocal/global, late binding closures, UnboundLocalError, walrus in comprehensions, __class__ cell.
x = "global"
class A:
    x = "class"
    y = [x for _ in range(1)]
    z = [i for i in range(3) if i]
    w = (lambda: x)()
    def m(self):
        return x
print(A.y, A.z, A.w, A().m())
class B:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    first = [v * 2 for v in vals]
print(B.total, B.first)
try:
    class C:
        n = 3
        s = [n * i for i in range(2)]
except NameError as e:
    print("NE", e)

def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = outer()
inc(); inc(); print(get())

def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make())

def late():
    def f():
        return v
    try:
        f()
    except NameError as e:
        print("NE", e)
    v = 1
    return f()
print(late())

def unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("ULE", e)
    q = 2
unbound()
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            nonlocal a
            a += b
            return [a + k for k in range(b)]
        return l2
    r = l1()()
    return a, r
print(deep())
g = 0
def setg():
    global g
    g += 5
    [g for g in range(3)]
    return g
print(setg(), g)
print([(lambda y: y + i)(1) for i in range(3)])
print({k: [k * j for j in range(k)] for k in range(4)})
print([[j for j in range(i)] for i in range(4)])
i = "outer i"; _ = [i for i in range(2)]; print(i)
def walrus():
    data = [1, 5, 3]
    if any((big := v) > 4 for v in data):
        print("big", big)
    print([last := v * 2 for v in data], last)
walrus()
class D:
    a = 1
    def f(self):
        return __class__.__name__
    @staticmethod
    def s():
        return [__class__ for _ in range(1)][0].__name__
print(D().f(), D.s())
def cells():
    fns = {}
    for name in ["a", "b"]:
        def f(n=name):
            return n.upper()
        fns[name] = f
    return {k: v() for k, v in fns.items()}
print(cells())
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for n in range(5):
        add(n)
        yield total
print(list(counter_gen()))
