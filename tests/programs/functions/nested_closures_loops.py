# Closures created in loops, nonlocal in nested levels, cell sharing.
def make_pair():
    shared = []
    def put(x):
        shared.append(x)
    def get():
        return list(shared)
    return put, get
put, get = make_pair()
put(1); put(2)
print(get())
fns = []
for i in range(3):
    def f(i=i):
        return i * 10
    fns.append(f)
print([f() for f in fns])
fns2 = []
for i in range(3):
    fns2.append(lambda: i)
print([f() for f in fns2])
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        def report():
            return total
        return report
    return add
a = acc()
r1 = a(5)
r2 = a(10)
print(r1(), r2())
def gen_closure():
    x = 0
    def bump():
        nonlocal x
        x += 1
        return x
    yield bump()
    yield bump()
    yield x
print(list(gen_closure()))
