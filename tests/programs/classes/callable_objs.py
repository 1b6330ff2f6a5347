# __call__: objects used as functions, stateful callables.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, add=0):
        return x * self.k + add
triple = Multiplier(3)
print(triple(5), triple(5, add=1), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self.total
acc = Accumulator()
for v in [5, 10, 20]:
    acc(v)
print(acc.total)
print(sorted([3, 1, 2], key=Multiplier(-1)))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
