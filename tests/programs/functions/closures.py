# Closures capture variables (cells), not values.
def make_counter(start=0):
    count = start
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get
incr, get = make_counter(10)
incr(); incr(5)
print(get())
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def outer():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = outer()
add("a"); add("b")
print(items)
print(incr.__closure__ is not None, len(incr.__closure__))
print(make_counter.__closure__)
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
