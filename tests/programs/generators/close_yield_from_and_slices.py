# close() of a generator delegating to an iterator; huge slice steps; range slicing.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self): print("It.close")
    def throw(self, *a): print("It.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); raise a[0] if isinstance(a[0], BaseException) else a[0]()
def g():
    try:
        yield from It()
    finally:
        print("g finally")
x = g(); print(next(x), next(x)); x.close(); print("closed")
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
o = outer(); next(o); o.close()
print([1, 2, 3][::-(2**63 - 1)], [1, 2, 3][::2**63 - 1], "abc"[::-(2**62)], b"xyz"[::2**63], list(range(10)[::-(2**63 - 1)]))
print([0, 1, 2, 3, 4, 5][1:5:2], [0, 1, 2, 3][::-2], "hello"[4:0:-2], list(range(20)[3:17:5]), range(10)[::3])
for r in [range(10), range(3, 30, 4), range(20, 0, -3), range(0), range(-5, 5)]:
    for sl in [slice(None, None, 3), slice(None, None, -1), slice(2, 8), slice(-3, None), slice(1, -1, 2), slice(100, 200), slice(None, None, -4), slice(5, 1, -2)]:
        x = r[sl]
        print(x, list(x) == list(r)[sl], len(x))
print(range(10**20)[::10**19], range(10**20)[5:10])
