# StopIteration from next(), in for loops, and its conversion in generators.
it = iter("ab")
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(next(it, "default"))
class Limited:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("limit")
        return self.i
print(list(Limited()))
def gen():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
print(list(zip([1, 2], Limited())))
