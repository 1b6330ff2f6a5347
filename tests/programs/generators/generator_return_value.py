# Return values from generators via yield from and manual StopIteration handling.
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def main():
    a = yield from sub(3)
    b = yield from sub(2)
    return a + b
g = main()
out = [next(g)]
try:
    while True:
        out.append(g.send(10))
except StopIteration as e:
    print(out, e.value)
def gather(gens):
    results = []
    for g in gens:
        try:
            while True:
                next(g)
        except StopIteration as e:
            results.append(e.value)
    return results
def ret(v):
    yield
    return v * 2
print(gather([ret(1), ret(2), ret("ab")]))
