# Functions returning generators versus lists; laziness is observable.
log = []
def numbers(n):
    for i in range(n):
        log.append(i)
        yield i
g = numbers(5)
print(log)
print(next(g), next(g), log)
print(list(g), log)
def evens():
    n = 0
    while True:
        yield n
        n += 2
e = evens()
print([next(e) for _ in range(5)])
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
print(take(3, evens()))
print(sum(numbers(4)), log[-4:])
