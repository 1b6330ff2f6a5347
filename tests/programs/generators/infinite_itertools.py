# Infinite generators combined with itertools helpers.
import itertools as it
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(it.islice(fib(), 20)))
print(list(it.takewhile(lambda x: x < 100, fib())))
print(list(it.islice(it.dropwhile(lambda x: x < 1000, fib()), 3)))
print(next(x for x in fib() if x > 10 ** 20))
evens = (x for x in it.count() if x % 2 == 0)
print(list(it.islice(evens, 5)))
print(list(zip(it.cycle("ab"), range(5))))
print(list(it.islice(it.accumulate(fib()), 8)))
